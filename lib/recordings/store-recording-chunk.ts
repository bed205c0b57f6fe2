import "server-only";
import { getInterviewById } from "@/lib/db/interviews";
import { getRecordingOfInterview } from "@/lib/db/recordings";
import { DomainError, notFoundError } from "@/lib/domain-error";
import { getRecordingStorage } from "@/lib/storage/get-recording-storage";
import { recordingChunkKey } from "@/lib/storage/recording-keys";

/**
 * Keeps one chunk of an answer's recording as its own object, keyed by its sequence number: a
 * retried upload of the same chunk lands on the same key, so it is stored once.
 */
export async function storeRecordingChunk(options: {
  interviewId: string;
  recordingId: string;
  seq: number;
  body: Buffer;
}): Promise<{ isNew: boolean }> {
  const recording = await getRecordingOfInterview(options);
  if (recording?.source !== "browser") throw notFoundError("Recording");
  // Read fresh: a cached interview could still say in progress after the candidate finished.
  const interview = await getInterviewById({ id: options.interviewId });
  if (interview?.status !== "in_progress") {
    throw new DomainError({
      kind: "conflict",
      message: "Answers can only be recorded while the interview is in progress.",
    });
  }
  if (recording.status !== "recording") {
    throw new DomainError({ kind: "conflict", message: "This recording is already finished." });
  }
  const storage = getRecordingStorage();
  const key = recordingChunkKey(options);
  const existing = await storage.list(key);
  if (existing.includes(key)) return { isNew: false };
  await storage.put(key, options.body, recording.contentType);
  return { isNew: true };
}
