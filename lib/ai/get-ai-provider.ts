import "server-only";
import { env } from "@/lib/env.mjs";
import { createAiProvider } from "./create-ai-provider";
import type { AiProvider } from "./types";

const globalForAi = globalThis as typeof globalThis & { __interviewAi?: AiProvider };

/** OpenAI when OPENAI_API_KEY is set, the labelled offline provider otherwise. */
export function getAiProvider(): AiProvider {
  globalForAi.__interviewAi ??= createAiProvider({
    openaiApiKey: env.OPENAI_API_KEY,
    openaiBaseUrl: env.OPENAI_BASE_URL,
    chatModel: env.OPENAI_CHAT_MODEL,
    embeddingModel: env.OPENAI_EMBEDDING_MODEL,
  });
  return globalForAi.__interviewAi;
}
