import "server-only";
import { collectAnswerFunction } from "./functions/collect-answer";
import { embedQuestionsFunction } from "./functions/embed-questions";
import { evaluateInterviewFunction } from "./functions/evaluate-interview";

export const functions = [collectAnswerFunction, evaluateInterviewFunction, embedQuestionsFunction];
