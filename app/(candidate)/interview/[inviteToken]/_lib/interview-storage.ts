// What the page keeps in localStorage per interview. The key names are a contract with every
// candidate mid-interview: a renamed key loses their place, their mute choice or unsaved answers.

export function getInterviewStorageKeys(interviewId: string) {
  const prefix = `interview:${interviewId}`;
  return {
    /** The open question's index, so a reload resumes there. */
    question: `${prefix}:question`,
    /** "1" when the candidate turned the read-aloud voice off. */
    muted: `${prefix}:muted`,
    /** The segment outbox: answers said but not yet stored by the server. */
    unsaved: `${prefix}:unsaved`,
  };
}

export type InterviewStorageKeys = ReturnType<typeof getInterviewStorageKeys>;

/**
 * Where a reload resumes: the question that was open (stored), else the last one with a saved
 * answer (another browser, cleared storage). A stored 0 says no more than the answers do.
 */
export function getResumeIndex(options: {
  storedIndex: string | null;
  questionIds: string[];
  answeredQuestionIds: string[];
}): number {
  const stored = Number(options.storedIndex);
  const lastAnswered = Math.max(
    -1,
    ...options.answeredQuestionIds.map((id) => options.questionIds.indexOf(id)),
  );
  const at = Number.isInteger(stored) && stored > 0 ? stored : Math.max(0, lastAnswered);
  return Math.min(at, options.questionIds.length - 1);
}
