"use client";
// What the candidate has said so far, per question: loaded from the server on a reload, added to
// as answers are finalised, and uploaded through the outbox until stored.
import { useCallback, useEffect, useRef, useState } from "react";
import type { CandidateApi, InterviewQuestion, InterviewStatus } from "./candidate-api";
import type { ResumePoint } from "./interview-machine";
import { getResumePoint, type InterviewStorageKeys } from "./interview-storage";
import { SegmentOutbox } from "./segment-outbox";
import { useLatestCallback } from "./use-latest-callback";

export type Segment = { id: string; questionId: string; text: string };

export function useSavedAnswers(options: {
  api: CandidateApi;
  storageKeys: InterviewStorageKeys;
  status: InterviewStatus;
  /** Once the questions (and, mid-interview, the saved answers) are in. */
  onLoaded: (loaded: { questions: InterviewQuestion[]; resume: ResumePoint | null }) => void;
  onLoadFailed: (message: string) => void;
}) {
  const { api, storageKeys, status } = options;
  const onLoaded = useLatestCallback(options.onLoaded);
  const onLoadFailed = useLatestCallback(options.onLoadFailed);
  const [segments, setSegments] = useState<Segment[]>([]);
  const [unsavedIds, setUnsavedIds] = useState<Set<string>>(new Set());
  const [isRetrying, setIsRetrying] = useState(false);
  const outbox = useRef<SegmentOutbox | null>(null);

  useEffect(() => {
    const box = new SegmentOutbox(api, storageKeys.unsaved);
    outbox.current = box;
    const sync = () => {
      setUnsavedIds(new Set(box.unsaved.map((segment) => segment.id)));
      setIsRetrying(box.isRetrying);
    };
    const unsubscribe = box.subscribe(sync);
    void (async () => {
      try {
        const questions = await api.getQuestions();
        if (status !== "in_progress") {
          onLoaded({ questions, resume: null });
          return;
        }
        const saved = await api.listSegments();
        const known = new Set(saved.map((segment) => segment.id));
        const pending = box.unsaved.filter((segment) => !known.has(segment.id));
        setSegments([...saved, ...pending]);
        sync();
        void box.flush();
        const resume = getResumePoint({
          storedQuestion: localStorage.getItem(storageKeys.question),
          storedOpenedAt: localStorage.getItem(storageKeys.openedAt),
          questionIds: questions.map((question) => question.id),
          answeredQuestionIds: saved.map((segment) => segment.questionId),
        });
        onLoaded({ questions, resume });
      } catch (error) {
        onLoadFailed(error instanceof Error ? error.message : String(error));
      }
    })();
    return () => {
      unsubscribe();
      box.dispose();
    };
  }, [api, storageKeys, status, onLoaded, onLoadFailed]);

  const addSegment = useCallback(
    (segment: {
      /** Spoken or typed: kept in the id, for whoever reads the stored transcript. */
      kind: "sp" | "ty";
      questionId: string;
      text: string;
      startMs: number;
      endMs: number;
    }) => {
      const box = outbox.current;
      if (!box) return;
      const { kind, ...fields } = segment;
      const id = `${kind}-${crypto.randomUUID()}`;
      setSegments((current) => [
        ...current,
        { id, questionId: fields.questionId, text: fields.text },
      ]);
      box.add({ id, speaker: "candidate", ...fields });
    },
    [],
  );

  /** Resolves once every segment is stored; rejects (UnsavedSegmentsError) after `timeoutMs`. */
  const drain = useCallback(
    (timeoutMs?: number) => outbox.current?.drain(timeoutMs) ?? Promise.resolve(),
    [],
  );

  return { segments, unsavedIds, isRetrying, addSegment, drain };
}
