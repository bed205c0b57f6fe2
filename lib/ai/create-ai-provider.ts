import "server-only";
import { createOfflineProvider } from "./offline-provider";
import { createOpenAiProvider } from "./openai-provider";
import type { AiProvider } from "./types";

export type CreateAiProviderOptions = {
  openaiApiKey?: string;
  openaiBaseUrl?: string;
  chatModel?: string;
  embeddingModel?: string;
  timeoutMs?: number;
  maxRetries?: number;
  evaluationAttempts?: number;
};

/** OpenAI when a key is given, otherwise the offline provider (the embedded default). */
export function createAiProvider(options: CreateAiProviderOptions = {}): AiProvider {
  const apiKey = options.openaiApiKey?.trim();
  if (!apiKey) return createOfflineProvider();
  return createOpenAiProvider({
    apiKey,
    baseURL: options.openaiBaseUrl || undefined,
    chatModel: options.chatModel,
    embeddingModel: options.embeddingModel,
    timeoutMs: options.timeoutMs,
    maxRetries: options.maxRetries,
    evaluationAttempts: options.evaluationAttempts,
  });
}
