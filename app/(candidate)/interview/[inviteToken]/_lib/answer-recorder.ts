// Records one answer with MediaRecorder from the microphone stream the page already holds. Each
// timeslice becomes a chunk in the outbox, numbered in order; stopping queues the last chunk and
// then the request that joins them, so the server completes the file after its last chunk.
import type { RecordingApi } from "./recording-api";
import { RetryingOutbox } from "./retrying-outbox";

// Short enough that a reload loses little, long enough that requests stay few.
const timesliceMs = 3000;
const preferredTypes = [
  "audio/webm;codecs=opus",
  "audio/ogg;codecs=opus",
  "audio/webm",
  "audio/mp4",
];

export type RecordingUpload =
  | { id: string; kind: "chunk"; recordingId: string; seq: number; bytes: Blob }
  | { id: string; kind: "complete"; recordingId: string; durationMs: number };

/** The chunks live in memory only: after a reload the server completes what had arrived. */
export function createRecordingOutbox(api: RecordingApi) {
  return new RetryingOutbox<RecordingUpload>({
    batchLimit: 1,
    itemName: "A recording chunk",
    send: async ([upload]) => {
      if (upload?.kind === "chunk") await api.sendChunk(upload);
      else if (upload?.kind === "complete") await api.complete(upload);
    },
  });
}

export function pickRecordingType(): string | null {
  if (typeof MediaRecorder === "undefined") return null;
  return preferredTypes.find((type) => MediaRecorder.isTypeSupported(type)) ?? null;
}

export type AnswerRecorder = { stop(): Promise<void> };

/** Starts recording an answer; null when the browser cannot record or the server refuses. */
export async function startAnswerRecorder(options: {
  api: RecordingApi;
  outbox: RetryingOutbox<RecordingUpload>;
  stream: MediaStream;
  questionId: string;
  clockOffsetMs: number;
}): Promise<AnswerRecorder | null> {
  const contentType = pickRecordingType();
  if (!contentType) return null;
  const { id: recordingId } = await options.api.start({
    questionId: options.questionId,
    clockOffsetMs: options.clockOffsetMs,
    contentType,
  });
  const recorder = new MediaRecorder(options.stream, { mimeType: contentType });
  const startedAtMs = performance.now();
  let seq = 0;
  recorder.addEventListener("dataavailable", (event) => {
    if (event.data.size === 0) return;
    const chunk = { kind: "chunk" as const, recordingId, seq: seq++, bytes: event.data };
    options.outbox.add({ ...chunk, id: `${recordingId}:${chunk.seq}` });
  });
  const stopped = new Promise<void>((resolve) =>
    recorder.addEventListener("stop", () => resolve()),
  );
  recorder.start(timesliceMs);
  return {
    async stop() {
      if (recorder.state !== "inactive") recorder.stop();
      await stopped;
      const durationMs = Math.round(performance.now() - startedAtMs);
      options.outbox.add({
        id: `${recordingId}:complete`,
        kind: "complete",
        recordingId,
        durationMs,
      });
    },
  };
}
