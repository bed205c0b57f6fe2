import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { completeBrowserRecording } from "@/lib/recordings/complete-browser-recording";
import { toRecordingView } from "../../recording-view";
import { completeRecordingSchema } from "../../schema";

// POST /api/interviews/{id}/recordings/{recordingId}/complete – the answer ended: join its chunks
export const POST = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const recordingId = uuidParam(params, { name: "recordingId", entity: "Recording" });
  await requireInterviewAccess(req, { interviewId, allow: ["candidate"] });
  const { durationMs } = completeRecordingSchema.parse(await parseJson(req));
  const recording = await completeBrowserRecording({ interviewId, recordingId, durationMs });
  return Response.json(toRecordingView(recording));
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
