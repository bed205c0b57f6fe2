import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { startBrowserRecording } from "@/lib/recordings/start-browser-recording";
import { toRecordingView } from "./recording-view";
import { startRecordingSchema } from "./schema";

// POST /api/interviews/{id}/recordings – the candidate's browser starts recording one answer
export const POST = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  await requireInterviewAccess(req, { interviewId, allow: ["candidate"] });
  const input = startRecordingSchema.parse(await parseJson(req));
  const recording = await startBrowserRecording({ interviewId, ...input });
  return Response.json(toRecordingView(recording), { status: 201 });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
