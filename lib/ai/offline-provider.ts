import "server-only";
import { embedTextHashed } from "./hashed-embedding";
import { decideFollowUpOffline } from "./offline-follow-up";
import { offlineScorerVersion, scoreAnswerOffline } from "./offline-scorer";
import type { AiProvider } from "./types";

/**
 * The embedded default: no network, no keys, deterministic. Every output says it is offline
 * (the model names, the evaluation's feedback and measurements).
 */
export function createOfflineProvider(): AiProvider {
  return {
    name: "offline",
    models: { chat: offlineScorerVersion, embedding: "offline-hashed-ngrams-v1" },
    scorerVersion: offlineScorerVersion,
    evaluateAnswer: async (input) => scoreAnswerOffline(input),
    decideFollowUp: async (input) => decideFollowUpOffline(input),
    embed: async (texts) => texts.map(embedTextHashed),
    // Offline there is no model to write questions; the caller draws them from the question bank
    // by competency instead, so an empty list is the honest answer.
    generateQuestions: async () => [],
  };
}
