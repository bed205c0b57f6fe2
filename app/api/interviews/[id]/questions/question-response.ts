import type { InterviewQuestion } from "@/db/schema";

/**
 * A question as both the candidate and the recruiter list it, follow-ups included. The reason a
 * follow-up was asked is left out: the candidate never sees it, the recruiter reads it on the report.
 */
export function toQuestionResponse(question: InterviewQuestion) {
  const { id, order, content, category, competency, parentQuestionId, followUpNumber } = question;
  return { id, order, content, category, competency, parentQuestionId, followUpNumber };
}
