import { z } from "zod";
import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { ApiError, notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { readBodyWithLimit } from "@/lib/http/read-body-with-limit";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { maxRecordingChunkBytes, maxRecordingChunkSeq } from "@/lib/recordings/recording-limits";
import { storeRecordingChunk } from "@/lib/recordings/store-recording-chunk";

const seqSchema = z.coerce.number().int().min(0).max(maxRecordingChunkSeq);

// POST /api/interviews/{id}/recordings/{recordingId}/chunks/{seq} – one chunk of the answer's audio (raw bytes; idempotent per seq)
export const POST = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const recordingId = uuidParam(params, { name: "recordingId", entity: "Recording" });
  const seq = seqSchema.safeParse(params.seq);
  if (!seq.success || !/^\d+$/.test(String(params.seq))) throw notFound("Chunk");
  await requireInterviewAccess(req, { interviewId, allow: ["candidate"] });
  const body = await readBodyWithLimit(req, { maxBytes: maxRecordingChunkBytes });
  if (body.length === 0) {
    throw new ApiError({ code: "bad_request", message: "The chunk is empty." });
  }
  const { isNew } = await storeRecordingChunk({ interviewId, recordingId, seq: seq.data, body });
  return Response.json({ seq: seq.data, stored: isNew }, { status: isNew ? 201 : 200 });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
