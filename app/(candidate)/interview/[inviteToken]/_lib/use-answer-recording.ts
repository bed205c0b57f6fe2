"use client";
// Records each answer while its question is open, when the company records and the candidate
// agreed. A reload mid-answer starts a new recording for the rest of the answer; the server keeps
// the cut part as its own file, so the report plays both in order.
import { useEffect, useMemo, useRef } from "react";
import { type AnswerRecorder, createRecordingOutbox, startAnswerRecorder } from "./answer-recorder";
import type { RecordingApi } from "./recording-api";

export function useAnswerRecording(options: {
  api: RecordingApi;
  isEnabled: boolean;
  stream: MediaStream | null;
  /** The open question; undefined between questions. */
  questionId: string | undefined;
  /** Where the interview clock's zero lies (Date.now() scale), as transcript segments count it. */
  clockZeroMs: number;
}) {
  const { api, isEnabled, stream, questionId, clockZeroMs } = options;
  const outbox = useMemo(() => createRecordingOutbox(api), [api]);
  const current = useRef<{ questionId: string; recorder: Promise<AnswerRecorder | null> } | null>(
    null,
  );

  useEffect(() => {
    if (!isEnabled || !stream || !questionId || current.current?.questionId === questionId) return;
    const recorder = startAnswerRecorder({
      api,
      outbox,
      stream,
      questionId,
      clockOffsetMs: Math.max(0, Date.now() - clockZeroMs),
    }).catch((error: unknown) => {
      // Recording is an addition to the transcript: an answer goes on without it.
      console.warn("This answer is not recorded:", error);
      return null;
    });
    current.current = { questionId, recorder };
  }, [api, outbox, isEnabled, stream, questionId, clockZeroMs]);

  useEffect(() => () => outbox.dispose(), [outbox]);

  return {
    /** The answer ended: the recorder stops and its last chunk and completion are queued. */
    async stop() {
      await (await current.current?.recorder)?.stop();
    },
    /** Resolves once every chunk and completion is with the server. */
    drain: () => outbox.drain(),
  };
}
