import "server-only";
import type { Recording } from "@/db/schema";
import {
  claimRecordingFinalisation,
  finishRecording,
  releaseRecordingFinalisation,
} from "@/lib/db/recording-finalisation";
import { getRecordingOfInterview } from "@/lib/db/recordings";
import { DomainError, notFoundError } from "@/lib/domain-error";
import { getRecordingStorage } from "@/lib/storage/get-recording-storage";
import { recordingChunksPrefix } from "@/lib/storage/recording-keys";
import type { RecordingStorage } from "@/lib/storage/recording-storage";
import { planSeekableWebm, withSeekableHead } from "./make-webm-seekable";

// Finalising reads and writes the file once more than it arrived: minutes for the longest
// answer. A claim older than this belongs to a request that died, and the next completion redoes it.
const staleClaimMs = 5 * 60_000;

/**
 * Joins an answer's chunks into one file, in order, and marks the recording ready. The chunks of a
 * MediaRecorder run are one WebM stream cut at arbitrary points, so concatenating them restores
 * it; the head is rewritten with duration and cues so the report's player can seek. One request
 * claims the work (recording → finalising): the part is listed as playable only once its file is
 * whole and rewritten, and a concurrent completion neither waits for it nor writes it again. A
 * recording that received no audio is marked failed. Finishing twice returns the first result.
 */
export async function completeBrowserRecording(options: {
  interviewId: string;
  recordingId: string;
  /** The client's measure, used only when the file itself cannot be measured. */
  durationMs?: number;
}): Promise<Recording> {
  const recording = await getRecordingOfInterview(options);
  if (recording?.source !== "browser") throw notFoundError("Recording");
  if (recording.status === "ready" || recording.status === "failed") return recording;
  const claimed = await claimRecordingFinalisation({
    id: recording.id,
    claimedBefore: new Date(Date.now() - staleClaimMs),
  });
  if (!claimed) return settled(options);
  try {
    return (await finalise(claimed, options.durationMs)) ?? (await settled(options));
  } catch (error) {
    await releaseRecordingFinalisation({ id: claimed.id });
    throw error;
  }
}

/**
 * Streams the chunks twice, never holding the file: once to plan the new head, once into the
 * stored file. Bytes the rewrite cannot read are kept as they came (playable, not seekable); a
 * head with no audio after it has nothing to play and fails like a recording with no chunks.
 */
async function finalise(
  recording: Recording,
  clientDurationMs: number | undefined,
): Promise<Recording | null> {
  const storage = getRecordingStorage();
  const prefix = recordingChunksPrefix({
    interviewId: recording.interviewId,
    recordingId: recording.id,
  });
  const chunkKeys = await storage.list(prefix);
  const chunks = () => readObjects(storage, chunkKeys);
  const { plan, byteLength } = await planSeekableWebm(chunks(), {
    fallbackDurationMs: clientDurationMs,
  });
  if (byteLength === 0 || plan.kind === "silent") {
    const failed = await finishRecording({
      id: recording.id,
      status: "failed",
      byteLength: 0,
      durationMs: null,
    });
    if (failed) await storage.deletePrefix(prefix);
    return failed;
  }
  const isSeekable = plan.kind === "seekable";
  const fileLength = isSeekable ? plan.head.length + byteLength - plan.replacesBytes : byteLength;
  await storage.putStream(
    recording.storageKey,
    isSeekable ? withSeekableHead(plan, chunks()) : chunks(),
    {
      contentType: recording.contentType,
      byteLength: fileLength,
    },
  );
  const ready = await finishRecording({
    id: recording.id,
    status: "ready",
    byteLength: fileLength,
    durationMs: isSeekable ? plan.durationMs : (clientDurationMs ?? null),
  });
  if (ready) await storage.deletePrefix(prefix);
  return ready;
}

/** The objects' bytes in order, as they stream from storage. */
async function* readObjects(storage: RecordingStorage, keys: string[]): AsyncGenerator<Uint8Array> {
  for (const key of keys) {
    const object = await storage.get(key);
    if (!object) continue;
    const reader = object.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield value;
    }
  }
}

async function settled(options: { interviewId: string; recordingId: string }): Promise<Recording> {
  const recording = await getRecordingOfInterview(options);
  if (!recording) throw new DomainError({ kind: "not_found", message: "Recording not found." });
  return recording;
}
