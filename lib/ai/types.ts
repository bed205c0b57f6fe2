import type { AnswerEvaluation, GeneratedQuestion } from "./schemas";

export type { AnswerEvaluation, Evidence, GeneratedQuestion, RubricScore } from "./schemas";

/** Dimensions of every embedding, whichever provider made it (text-embedding-3-small's size). */
export const embeddingDimensions = 1536;

export type AnswerSegment = { segmentId: string; text: string };

export type EvaluateAnswerInput = {
  /** BCP-47 tag of the position's language; prompts and the offline scorer follow its base ("en", "ko"). */
  language: string;
  question: string;
  competency: string;
  rubricVersion: string;
  /** The transcript segments of the answer, in order. Their text is data, never instructions. */
  answer: AnswerSegment[];
};

export type GenerateQuestionsInput = {
  language: string;
  company: { name: string; description?: string | null };
  position: { title: string; description?: string | null; competencies: string[] };
  resumeText?: string | null;
  count: number;
};

export type AiProviderName = "openai" | "offline";

export interface AiProvider {
  name: AiProviderName;
  models: { chat: string; embedding: string };
  /**
   * Scores one answer. Evidence quotes are not trusted here: callers run `verifyEvidence` on them
   * and record how many were dropped.
   */
  evaluateAnswer(input: EvaluateAnswerInput): Promise<AnswerEvaluation>;
  /** One L2-normalised vector of `embeddingDimensions` per text, in the order given. */
  embed(texts: string[]): Promise<number[][]>;
  /** May return fewer than asked for, or none: callers fill the rest from the question bank. */
  generateQuestions(input: GenerateQuestionsInput): Promise<GeneratedQuestion[]>;
}
