"use client";
// Notices, during each answer, what a recruiter may want to look at: the page losing focus or
// visibility, text pasted into the typed answer (its length only), and a long silence before the
// first words. Each goes to the server with its own client id through a retrying queue. They are
// for review: nothing on this page or in scoring reads them.
import { useEffect, useMemo, useRef } from "react";
import type { BrowserSignal } from "@/lib/signals/schemas";
import {
  type AwayState,
  initialSilence,
  type SilenceEvent,
  type SilenceState,
  trackAway,
  trackSilence,
} from "./answer-signal-trackers";
import type { IntegritySignalsApi } from "./integrity-signals-api";
import { RetryingOutbox } from "./retrying-outbox";

// Per kind (a conditional type distributes over the union), so each keeps its own evidence.
type NewSignal = BrowserSignal extends infer Signal
  ? Signal extends BrowserSignal
    ? Omit<Signal, "clientId">
    : never
  : never;
type PendingSignal = NewSignal & { id: string };
type AnswerTracker = {
  questionId: string;
  away: AwayState;
  silence: SilenceState;
  isClosed: boolean;
};

export function useIntegritySignals(options: {
  api: IntegritySignalsApi;
  /** The open question; undefined between questions. */
  questionId: string | undefined;
  /** The candidate can answer now: the question is not being read aloud, nor paused. */
  isAnswering: boolean;
  /** Words of this answer exist: heard (interim or final), typed, or saved before a reload. */
  hasFirstWords: boolean;
}) {
  const { api, questionId, isAnswering, hasFirstWords } = options;
  const outbox = useMemo(
    () =>
      new RetryingOutbox<PendingSignal>({
        send: (batch) =>
          api.upload(batch.map(({ id, ...signal }) => ({ clientId: id, ...signal }))),
        batchLimit: 50,
        itemName: "A review signal",
      }),
    [api],
  );
  const current = useRef<AnswerTracker | null>(null);

  const emit = (signal: NewSignal) => outbox.add({ id: `sig-${crypto.randomUUID()}`, ...signal });

  const feedSilence = (tracker: AnswerTracker, event: SilenceEvent) => {
    const next = trackSilence(tracker.silence, event);
    tracker.silence = next.state;
    if (next.longSilence) {
      emit({
        questionId: tracker.questionId,
        kind: "silence_before_answer",
        count: 1,
        totalMs: next.longSilence.silenceMs,
        evidence: { answered: next.longSilence.isAnswered },
      });
    }
  };

  const feedAway = (tracker: AnswerTracker, type: "away" | "back") => {
    const next = trackAway(tracker.away, { type, atMs: Date.now() });
    tracker.away = next.state;
    if (next.endedMs !== null) {
      emit({
        questionId: tracker.questionId,
        kind: "focus_lost",
        count: 1,
        totalMs: next.endedMs,
        evidence: {},
      });
    }
  };

  /** The answer is over: an absence still open ends now, and so does the wait for words. */
  const closeAnswer = (tracker: AnswerTracker) => {
    if (tracker.isClosed) return;
    feedAway(tracker, "back");
    feedSilence(tracker, { type: "answer-ended", atMs: Date.now() });
    tracker.isClosed = true;
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: one tracker per opened question
  useEffect(() => {
    if (!questionId) return;
    const tracker: AnswerTracker = {
      questionId,
      away: { awaySinceMs: null },
      silence: initialSilence,
      isClosed: false,
    };
    current.current = tracker;
    return () => {
      closeAnswer(tracker);
      if (current.current === tracker) current.current = null;
    };
  }, [questionId, outbox]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: fed on changes of these inputs only
  useEffect(() => {
    const tracker = current.current;
    if (tracker && !tracker.isClosed) {
      feedSilence(tracker, { type: isAnswering ? "answering" : "paused", atMs: Date.now() });
    }
  }, [isAnswering, questionId, outbox]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: fed on changes of these inputs only
  useEffect(() => {
    const tracker = current.current;
    if (hasFirstWords && tracker && !tracker.isClosed) {
      feedSilence(tracker, { type: "words", atMs: Date.now() });
    }
  }, [hasFirstWords, questionId, outbox]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: listeners read the current tracker
  useEffect(() => {
    const onAway = () => current.current && feedAway(current.current, "away");
    const onBack = () => current.current && feedAway(current.current, "back");
    const onVisibility = () => (document.visibilityState === "hidden" ? onAway() : onBack());
    const onPaste = (event: ClipboardEvent) => {
      const tracker = current.current;
      // The typed answer is the page's only text area.
      if (!tracker || !(event.target instanceof HTMLTextAreaElement)) return;
      const chars = event.clipboardData?.getData("text/plain").length ?? 0;
      if (chars === 0) return;
      emit({
        questionId: tracker.questionId,
        kind: "paste",
        count: 1,
        totalMs: null,
        evidence: { chars },
      });
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("blur", onAway);
    window.addEventListener("focus", onBack);
    document.addEventListener("paste", onPaste, true);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("blur", onAway);
      window.removeEventListener("focus", onBack);
      document.removeEventListener("paste", onPaste, true);
    };
  }, [outbox]);

  useEffect(() => () => outbox.dispose(), [outbox]);

  return {
    /**
     * Before completing: ends the open answer and waits a little for the queue. Signals are not
     * worth holding up the interview, so this never rejects.
     */
    async drain(timeoutMs = 5_000) {
      if (current.current) closeAnswer(current.current);
      await outbox.drain(timeoutMs).catch(() => undefined);
    },
  };
}
