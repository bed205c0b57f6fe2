import { withMailDispatch } from "@/inngest/mail-dispatch";
import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { toInterviewPreferencesView } from "@/lib/compliance/accommodations/preferences-view";
import { saveCandidatePreferences } from "@/lib/compliance/notice/save-preferences";
import { postPreferencesSchema } from "@/lib/compliance/notice/schemas";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";

// POST /api/interviews/{id}/preferences – the candidate's choices on the notice screen (AI scoring
// or not, an accommodation request) before the start; the hiring team's mail goes after the answer
export const POST = withMailDispatch(
  routeHandler(async ({ req, params }) => {
    const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
    const { interview } = await requireInterviewAccess(req, { interviewId, allow: ["candidate"] });
    const input = postPreferencesSchema.parse(await parseJson(req));
    const saved = await saveCandidatePreferences({ interview, input });
    return Response.json(toInterviewPreferencesView(saved));
  }),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
