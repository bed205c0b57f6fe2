// What the page keeps in localStorage per interview. The key names are a contract with every
// candidate mid-interview: a renamed key loses their place, their mute choice or unsaved answers.
import { z } from "zod";
import type { ResumePoint } from "./interview-machine";

export function getInterviewStorageKeys(interviewId: string) {
  const prefix = `interview:${interviewId}`;
  return {
    /**
     * The open question's id, so a reload resumes there. Pages before follow-ups stored its
     * index, which still reads correctly: their lists had no follow-ups to shift it.
     */
    question: `${prefix}:question`,
    /** When the open question opened (JSON), so a reload continues its countdown. */
    openedAt: `${prefix}:opened-at`,
    /** "1" when the candidate turned the read-aloud voice off. */
    muted: `${prefix}:muted`,
    /** The segment outbox: answers said but not yet stored by the server. */
    unsaved: `${prefix}:unsaved`,
  };
}

export type InterviewStorageKeys = ReturnType<typeof getInterviewStorageKeys>;

const openedAtSchema = z.object({ questionId: z.string(), openedAtMs: z.number().int() });

/** Remembers the question that just opened and when, for a reload. */
export function storeOpenQuestion(
  keys: InterviewStorageKeys,
  options: { questionId: string; openedAtMs: number },
) {
  localStorage.setItem(keys.question, options.questionId);
  localStorage.setItem(keys.openedAt, JSON.stringify(options));
}

export function forgetOpenQuestion(keys: InterviewStorageKeys) {
  localStorage.removeItem(keys.question);
  localStorage.removeItem(keys.openedAt);
}

/**
 * Where a reload resumes: the question that was open (stored), else the last one with a saved
 * answer (another browser, cleared storage). A stored index 0 says no more than the answers do.
 * The open time carries over only for the very question it was stored with.
 */
export function getResumePoint(options: {
  storedQuestion: string | null;
  storedOpenedAt: string | null;
  questionIds: string[];
  answeredQuestionIds: string[];
}): ResumePoint {
  const { questionIds } = options;
  const index = Math.min(
    findStoredIndex(options.storedQuestion, questionIds) ??
      Math.max(0, ...options.answeredQuestionIds.map((id) => questionIds.indexOf(id))),
    questionIds.length - 1,
  );
  return { index, openedAtMs: readOpenedAt(options.storedOpenedAt, questionIds[index]) };
}

function findStoredIndex(stored: string | null, questionIds: string[]): number | null {
  if (!stored) return null;
  const byId = questionIds.indexOf(stored);
  if (byId >= 0) return byId;
  const legacyIndex = Number(stored);
  return Number.isInteger(legacyIndex) && legacyIndex > 0 ? legacyIndex : null;
}

function readOpenedAt(stored: string | null, questionId: string | undefined): number | null {
  try {
    const parsed = openedAtSchema.safeParse(JSON.parse(stored ?? "null"));
    return parsed.success && parsed.data.questionId === questionId ? parsed.data.openedAtMs : null;
  } catch {
    return null;
  }
}
