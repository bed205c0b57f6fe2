import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { addBrowserSignals } from "@/lib/db/integrity-signals";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { uploadSignalsSchema } from "./schema";

/** 50 signals of a few short fields each fit well within this. */
const maxBodyBytes = 32 * 1024;

// POST /api/interviews/{id}/signals – the candidate's browser reports signals for review (idempotent by clientId)
export const POST = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  await requireInterviewAccess(req, { interviewId, allow: ["candidate"] });
  const { signals } = uploadSignalsSchema.parse(await parseJson(req, { maxBytes: maxBodyBytes }));
  const result = await addBrowserSignals({ interviewId, signals });
  return Response.json(result, { status: result.stored.length > 0 ? 201 : 200 });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
