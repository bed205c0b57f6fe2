import "server-only";
import OpenAI from "openai";
import { z } from "zod";
import { decideFollowUpOffline } from "./offline-follow-up";
import { createDataBlockNonce } from "./prompts/candidate-data-block";
import { resolvePromptLanguage } from "./prompts/evaluate-answer";
import { buildFollowUpMessages } from "./prompts/follow-up";
import type { FollowUpDecision, FollowUpInput } from "./types";

/** What the model must return; strict structured outputs need every key, so no optional field. */
export const modelFollowUpDecisionSchema = z.object({
  ask: z.boolean(),
  reason: z.string(),
  question: z.string(),
});
export type ModelFollowUpDecision = z.infer<typeof modelFollowUpDecisionSchema>;

type ChatMessages = ReturnType<typeof buildFollowUpMessages>;

// Spoken aloud, then answered in a few minutes: a longer "question" is a speech, not a follow-up.
const maxQuestionChars = 400;
const scripts = { en: /\p{Script=Latin}/u, ko: /\p{Script=Hangul}/u };

/** Why a reply cannot be used as it is; null when it can. Never echoes the reply's text. */
function findProblem(options: { reply: ModelFollowUpDecision; language: string }) {
  const { reply } = options;
  if (reply.reason.trim() === "") return "empty_reason";
  if (!reply.ask) return null;
  const question = reply.question.trim();
  if (question === "") return "empty_question";
  if (question.length > maxQuestionChars) return "question_too_long";
  // A Korean position's follow-up must be Korean: the candidate is answering in Korean.
  if (!scripts[resolvePromptLanguage(options.language)].test(question)) return "wrong_language";
  return null;
}

function describeFailure(error: unknown): string {
  if (error instanceof OpenAI.APIError) return `api_error_${error.status ?? "network"}`;
  return error instanceof Error ? error.name : "unknown";
}

/**
 * One structured-output call decides. A failed call or an unusable reply (schema, empty or
 * over-long question, wrong script for the position's language) falls back to the offline rules
 * at once rather than retrying: the candidate is waiting for the next question, and the offline
 * rules always answer, in the position's language.
 */
export async function decideFollowUpWithModel(options: {
  input: FollowUpInput;
  complete: (messages: ChatMessages) => Promise<ModelFollowUpDecision>;
}): Promise<FollowUpDecision> {
  const { input } = options;
  let problem: string;
  try {
    const messages = buildFollowUpMessages({ ...input, nonce: createDataBlockNonce() });
    const reply = await options.complete(messages);
    const found = findProblem({ reply, language: input.language });
    if (found === null) {
      const reason = reply.reason.trim();
      return reply.ask
        ? { ask: true, reason, question: reply.question.trim() }
        : { ask: false, reason };
    }
    problem = found;
  } catch (error) {
    problem = describeFailure(error);
  }
  // The reason code only: the reply and the error message may quote the candidate.
  console.warn(`[follow-up] model decision unusable (${problem}); using the offline rules`);
  return decideFollowUpOffline(input);
}
