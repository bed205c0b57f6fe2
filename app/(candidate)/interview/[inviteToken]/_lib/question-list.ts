// The page's questions in thread order, as the server lists them (order, then followUpNumber):
// each main question followed by its follow-ups. A follow-up decided during the interview goes
// right after the question just answered, which is where the server's order puts it too.
import type { InterviewQuestion } from "./candidate-api";

/** The list with `followUp` after `afterIndex`; the same list if it is there already (a retry). */
export function insertFollowUp(
  questions: readonly InterviewQuestion[],
  options: { afterIndex: number; followUp: InterviewQuestion },
): readonly InterviewQuestion[] {
  if (questions.some((question) => question.id === options.followUp.id)) return questions;
  const at = options.afterIndex + 1;
  return [...questions.slice(0, at), options.followUp, ...questions.slice(at)];
}

export function isFollowUp(question: InterviewQuestion): boolean {
  return question.parentQuestionId !== null;
}

/**
 * Where the candidate is among the main questions: a follow-up counts as part of its parent's
 * question, so "Question 2 of 5" stays 2 through its follow-ups.
 */
export function getMainProgress(
  questions: readonly InterviewQuestion[],
  index: number,
): { number: number; total: number } {
  const mains = (list: readonly InterviewQuestion[]) =>
    list.filter((question) => !isFollowUp(question)).length;
  return {
    number: Math.max(1, mains(questions.slice(0, index + 1))),
    total: mains(questions),
  };
}
