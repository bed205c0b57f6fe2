import type { InterviewQuestion } from "@/db/schema";
import { type InterviewQuestionView, interviewQuestionViewSchema } from "@/lib/interviews/schemas";

/** A question as both audiences list it (`interviewQuestionViewSchema`), parsed so nothing else leaves. */
export function toQuestionResponse(question: InterviewQuestion): InterviewQuestionView {
  return interviewQuestionViewSchema.parse(question);
}
