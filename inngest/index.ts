import "server-only";
import { collectAnswerFunction } from "./functions/collect-answer";
import { evaluateInterviewFunction } from "./functions/evaluate-interview";

export const functions = [collectAnswerFunction, evaluateInterviewFunction];
