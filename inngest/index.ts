import "server-only";
import { collectAnswerFunction } from "./functions/collect-answer";
import { embedQuestionsFunction } from "./functions/embed-questions";
import { endOverdueInterviewsFunction } from "./functions/end-overdue-interviews";
import { evaluateInterviewFunction } from "./functions/evaluate-interview";
import { generateQuestionsFunction } from "./functions/generate-questions";
import { purgeExpiredInterviewsFunction } from "./functions/purge-expired-interviews";

export const functions = [
  collectAnswerFunction,
  evaluateInterviewFunction,
  embedQuestionsFunction,
  generateQuestionsFunction,
  purgeExpiredInterviewsFunction,
  endOverdueInterviewsFunction,
];
