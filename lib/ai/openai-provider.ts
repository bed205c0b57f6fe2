import "server-only";
import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import type { z } from "zod";
import { evaluateWithModel } from "./evaluate-with-model";
import { decideFollowUpWithModel, modelFollowUpDecisionSchema } from "./openai-follow-up";
import { evaluationPromptVersion } from "./prompts/evaluate-answer";
import { buildGenerateQuestionsMessages } from "./prompts/generate-questions";
import {
  generatedQuestionSchema,
  modelAnswerEvaluationSchema,
  modelGeneratedQuestionsSchema,
} from "./schemas";
import { type AiProvider, embeddingDimensions } from "./types";

/** The embeddings API takes at most this many inputs per request. */
export const maxEmbeddingInputs = 2048;

export type OpenAiProviderOptions = {
  apiKey: string;
  /** Any OpenAI-compatible server; the SDK default (api.openai.com) when absent. */
  baseURL?: string;
  chatModel?: string;
  embeddingModel?: string;
  /** Per request attempt; the SDK retries timeouts, 408/409/429 and 5xx with backoff. */
  timeoutMs?: number;
  maxRetries?: number;
  /** Model calls per answer before an untrustworthy reply goes to a person (`needs_review`). */
  evaluationAttempts?: number;
};

// Reasoning models reject sampling parameters; every other chat model gets temperature 0 and a
// fixed seed, so the same answer is scored the same way as far as the API allows.
const reasoningModel = /^(o\d|gpt-5)/;
const samplingSeed = 20261130;
// The candidate waits for the follow-up decision: a slow call falls back to the offline rules
// instead of holding the next question for the client's whole timeout and retries.
const followUpRequest = { timeout: 8_000, maxRetries: 1 };

type ChatMessages = { role: "system" | "user"; content: string }[];

export function createOpenAiProvider(options: OpenAiProviderOptions): AiProvider {
  const chatModel = options.chatModel ?? "gpt-4o-mini";
  const embeddingModel = options.embeddingModel ?? "text-embedding-3-small";
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    timeout: options.timeoutMs ?? 30_000,
    maxRetries: options.maxRetries ?? 2,
  });

  const sampling = reasoningModel.test(chatModel) ? {} : { temperature: 0, seed: samplingSeed };

  /** Structured output, validated by the SDK against the zod schema (it throws on a mismatch). */
  async function completeStructured<T>(request: {
    messages: ChatMessages;
    schema: z.ZodType<T>;
    schemaName: string;
    options?: { timeout: number; maxRetries: number };
  }): Promise<T> {
    let completion: Awaited<ReturnType<typeof client.chat.completions.parse>>;
    try {
      completion = await client.chat.completions.parse(
        {
          model: chatModel,
          messages: request.messages,
          ...sampling,
          response_format: zodResponseFormat(request.schema, request.schemaName),
        },
        request.options,
      );
    } catch (error) {
      if (error instanceof OpenAI.APIError) throw error;
      // A reply that is not JSON or misses the schema: say so plainly, so a failed step is legible.
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`OpenAI ${request.schemaName} did not match its schema: ${reason}`);
    }
    const message = completion.choices[0]?.message;
    if (message?.refusal)
      throw new Error(`OpenAI refused ${request.schemaName}: ${message.refusal}`);
    if (!message?.parsed) throw new Error(`OpenAI returned no ${request.schemaName}`);
    return message.parsed as T;
  }

  async function embedBatch(texts: string[]): Promise<number[][]> {
    const response = await client.embeddings.create({
      model: embeddingModel,
      // The API rejects empty strings; a lone space embeds as "nothing said" instead.
      input: texts.map((text) => (text.trim() === "" ? " " : text)),
      // Asked for explicitly: the SDK would otherwise request base64 and decode it itself.
      encoding_format: "float",
    });
    const vectors = [...response.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
    if (vectors.length !== texts.length) {
      throw new Error(`OpenAI returned ${vectors.length} embeddings for ${texts.length} inputs`);
    }
    for (const vector of vectors) {
      if (vector.length !== embeddingDimensions) {
        throw new Error(
          `OpenAI returned ${vector.length}-dim embeddings, expected ${embeddingDimensions}`,
        );
      }
    }
    return vectors;
  }

  return {
    name: "openai",
    models: { chat: chatModel, embedding: embeddingModel },
    scorerVersion: `prompt-${evaluationPromptVersion}`,
    evaluateAnswer: (input) =>
      evaluateWithModel({
        input,
        maxAttempts: options.evaluationAttempts ?? 3,
        complete: (messages) =>
          completeStructured({
            messages,
            schema: modelAnswerEvaluationSchema,
            schemaName: "answer_evaluation",
          }),
      }),
    decideFollowUp: (input) =>
      decideFollowUpWithModel({
        input,
        complete: (messages) =>
          completeStructured({
            messages,
            schema: modelFollowUpDecisionSchema,
            schemaName: "follow_up_decision",
            options: followUpRequest,
          }),
      }),
    async embed(texts) {
      // One request per batch, in sequence: the order of the result is the order of the input,
      // and a large job never has more than one request in flight against the rate limit.
      const vectors: number[][] = [];
      for (let start = 0; start < texts.length; start += maxEmbeddingInputs) {
        vectors.push(...(await embedBatch(texts.slice(start, start + maxEmbeddingInputs))));
      }
      return vectors;
    },
    async generateQuestions(input) {
      const result = await completeStructured({
        messages: buildGenerateQuestionsMessages(input),
        schema: modelGeneratedQuestionsSchema,
        schemaName: "generated_questions",
      });
      // Blank questions are dropped rather than failing the batch; callers fill gaps from the bank.
      const questions = result.questions.flatMap((question) => {
        const parsed = generatedQuestionSchema.safeParse(question);
        return parsed.success ? [parsed.data] : [];
      });
      return questions.slice(0, input.count);
    },
  };
}
