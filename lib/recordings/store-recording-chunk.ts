import "server-only";
import { getInterviewById } from "@/lib/db/interviews";
import { claimRecordingBytes, releaseRecordingBytes } from "@/lib/db/recording-quota";
import { getRecordingOfInterview } from "@/lib/db/recordings";
import { DomainError, notFoundError } from "@/lib/domain-error";
import { env } from "@/lib/env.mjs";
import { countSpendLimit, spendLimitCounters } from "@/lib/interviews/spend-limit-counters";
import { getRecordingStorage } from "@/lib/storage/get-recording-storage";
import { recordingChunkKey } from "@/lib/storage/recording-keys";

/**
 * Keeps one chunk of an answer's recording as its own object, keyed by its sequence number: a
 * retried upload of the same chunk lands on the same key, so it is stored (and counted) once.
 * Each new chunk's bytes are taken from the interview's quota (RECORDING_MAX_BYTES_PER_INTERVIEW)
 * before it is written: past it the chunk is refused whole with 413 `recording_quota_exceeded`.
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
  await assertInProgress(options.interviewId);
  if (recording.status !== "recording") {
    throw new DomainError({ kind: "conflict", message: "This recording is already finished." });
  }
  const storage = getRecordingStorage();
  const key = recordingChunkKey(options);
  const existing = await storage.list(key);
  if (existing.includes(key)) return { isNew: false };
  const bytes = { interviewId: options.interviewId, bytes: options.body.length };
  const maxBytes = env.RECORDING_MAX_BYTES_PER_INTERVIEW;
  if (!(await claimRecordingBytes({ ...bytes, maxBytes }))) {
    // The conditional update says no: the interview ended meanwhile, or the quota is spent.
    await assertInProgress(options.interviewId);
    countSpendLimit(spendLimitCounters.recordingQuotaRefused);
    throw new DomainError({
      kind: "too_large",
      code: "recording_quota_exceeded",
      message: `This interview's recordings have reached their limit of ${maxBytes} bytes; the rest is not recorded.`,
    });
  }
  try {
    await storage.put(key, options.body, recording.contentType);
  } catch (error) {
    await releaseRecordingBytes(bytes);
    throw error;
  }
  return { isNew: true };
}

async function assertInProgress(interviewId: string): Promise<void> {
  const interview = await getInterviewById({ id: interviewId });
  if (interview?.status !== "in_progress") {
    throw new DomainError({
      kind: "conflict",
      message: "Answers can only be recorded while the interview is in progress.",
    });
  }
}
