import "server-only";
import type { Recording } from "@/db/schema";
import { finishRecording, getRecordingOfInterview } from "@/lib/db/recordings";
import { DomainError, notFoundError } from "@/lib/domain-error";
import { getRecordingStorage } from "@/lib/storage/get-recording-storage";
import { recordingChunksPrefix } from "@/lib/storage/recording-keys";
import { makeWebmSeekable } from "./make-webm-seekable";

/**
 * Joins an answer's chunks into one file, in order, and marks the recording ready. The chunks of a
 * MediaRecorder run are one WebM stream cut at arbitrary points, so concatenating them restores
 * it; the header is then rewritten with duration and cues so the report's player can seek. A
 * recording that received nothing is marked failed. Finishing twice returns the first result.
 */
export async function completeBrowserRecording(options: {
  interviewId: string;
  recordingId: string;
  /** The client's measure, used only when the file itself cannot be measured. */
  durationMs?: number;
}): Promise<Recording> {
  const recording = await getRecordingOfInterview(options);
  if (recording?.source !== "browser") throw notFoundError("Recording");
  if (recording.status !== "recording") return recording;

  const storage = getRecordingStorage();
  const prefix = recordingChunksPrefix(options);
  const chunkKeys = await storage.list(prefix);
  const parts: Buffer[] = [];
  for (const key of chunkKeys) {
    const chunk = await storage.get(key);
    if (chunk) parts.push(Buffer.from(await new Response(chunk.body).arrayBuffer()));
  }
  const recorded = Buffer.concat(parts);
  if (recorded.length === 0) {
    const failed = await finishRecording({
      id: recording.id,
      status: "failed",
      byteLength: 0,
      durationMs: null,
    });
    return failed ?? settled(options);
  }
  const { body, durationMs } = seekableOrAsRecorded(recorded, options.durationMs);
  await storage.put(recording.storageKey, body, recording.contentType);
  const ready = await finishRecording({
    id: recording.id,
    status: "ready",
    byteLength: body.length,
    durationMs,
  });
  await storage.deletePrefix(prefix);
  return ready ?? settled(options);
}

/** A file the parser cannot read is still the candidate's answer: keep it as it came. */
function seekableOrAsRecorded(
  recorded: Buffer,
  clientDurationMs: number | undefined,
): { body: Buffer; durationMs: number | null } {
  try {
    return makeWebmSeekable(recorded);
  } catch {
    return { body: recorded, durationMs: clientDurationMs ?? null };
  }
}

async function settled(options: { interviewId: string; recordingId: string }): Promise<Recording> {
  const recording = await getRecordingOfInterview(options);
  if (!recording) throw new DomainError({ kind: "not_found", message: "Recording not found." });
  return recording;
}
