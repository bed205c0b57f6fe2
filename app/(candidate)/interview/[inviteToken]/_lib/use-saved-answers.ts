"use client";
// What the candidate has said so far, per question: loaded from the server on a reload, added to
// as answers are finalised, and uploaded through the outbox until stored.
import { useCallback, useEffect, useRef, useState } from "react";
import type { CandidateApi, InterviewQuestion, InterviewStatus } from "./candidate-api";
import { getResumeIndex, type InterviewStorageKeys } from "./interview-storage";
import { SegmentOutbox } from "./segment-outbox";
import { useLatestCallback } from "./use-latest-callback";

export type Segment = { id: string; questionId: string; text: string };

export function useSavedAnswers(options: {
  api: CandidateApi;
  storageKeys: InterviewStorageKeys;
  status: InterviewStatus;
  /** Once the questions (and, mid-interview, the saved answers) are in. */
  onLoaded: (loaded: { questionCount: number; resumeAt: number | null }) => void;
  onLoadFailed: (message: string) => void;
}) {
  const { api, storageKeys, status } = options;
  const onLoaded = useLatestCallback(options.onLoaded);
  const onLoadFailed = useLatestCallback(options.onLoadFailed);
  const [questions, setQuestions] = useState<InterviewQuestion[]>([]);
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
        const loaded = await api.getQuestions();
        setQuestions(loaded);
        if (status !== "in_progress") {
          onLoaded({ questionCount: loaded.length, resumeAt: null });
          return;
        }
        const saved = await api.listSegments();
        const known = new Set(saved.map((segment) => segment.id));
        const pending = box.unsaved.filter((segment) => !known.has(segment.id));
        setSegments([...saved, ...pending]);
        sync();
        void box.flush();
        const resumeAt = getResumeIndex({
          storedIndex: localStorage.getItem(storageKeys.question),
          questionIds: loaded.map((question) => question.id),
          answeredQuestionIds: saved.map((segment) => segment.questionId),
        });
        onLoaded({ questionCount: loaded.length, resumeAt });
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

  /** Resolves once every segment is stored; rejects (UnsavedSegmentsError) after a while. */
  const drain = useCallback(() => outbox.current?.drain() ?? Promise.resolve(), []);

  return { questions, segments, unsavedIds, isRetrying, addSegment, drain };
}
