import "server-only";
import { collectAnswerFunction } from "./functions/collect-answer";

export const functions = [collectAnswerFunction];
