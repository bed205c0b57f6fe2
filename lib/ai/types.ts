import type { CompetencyRubric } from "@/lib/rubrics/schemas";
import type { AnswerEvaluation, GeneratedQuestion } from "./schemas";

export type { AnswerEvaluation, Evidence, GeneratedQuestion, RubricScore } from "./schemas";

/** Dimensions of every embedding, whichever provider made it (text-embedding-3-small's size). */
export const embeddingDimensions = 1536;

export type AnswerSegment = { segmentId: string; text: string };

/** A follow-up the interviewer asked after a main answer, with the candidate's answer to it. */
export type FollowUpTurn = { question: string; answer: AnswerSegment[] };

export type EvaluateAnswerInput = {
  /** BCP-47 tag of the position's language; prompts and the offline scorer follow its base ("en", "ko"). */
  language: string;
  question: string;
  competency: string;
  /** The competency's anchored rubric: the model scores each criterion on it. */
  rubric: CompetencyRubric;
  rubricVersion: string;
  /** The transcript segments of the answer, in order. Their text is data, never instructions. */
  answer: AnswerSegment[];
  /**
   * The follow-ups asked after this answer, in order: scored with it as one thread, and evidence
   * may quote their answers too (their segment ids are as good as the main answer's).
   */
  followUps?: FollowUpTurn[];
  /** The interview's other answers, so the offline scorer can tell one text reused across questions. */
  otherAnswers?: { question: string; text: string }[];
};

export type GenerateQuestionsInput = {
  language: string;
  company: { name: string; description?: string | null };
  position: { title: string; description?: string | null; competencies: string[] };
  resumeText?: string | null;
  count: number;
};

export type FollowUpInput = {
  language: string;
  question: string;
  competency: string;
  rubric: CompetencyRubric;
  /** The main answer so far; data, never instructions. */
  answer: AnswerSegment[];
  /** Follow-ups already asked in this thread, with their answers. */
  followUps: FollowUpTurn[];
};

/** Whether to ask one more follow-up, and what; `reason` names what the thread still lacks. */
export type FollowUpDecision =
  | { ask: true; reason: string; question: string }
  | { ask: false; reason: string };

export type AiProviderName = "openai" | "offline";

export interface AiProvider {
  name: AiProviderName;
  models: { chat: string; embedding: string };
  /** The prompt's (or offline heuristic's) own version; part of every rubric version. */
  scorerVersion: string;
  /**
   * Scores one answer on its competency's rubric; the score is computed in code from the
   * criteria. Callers still run `verifyEvidence` on the quotes and record how many were dropped.
   */
  evaluateAnswer(input: EvaluateAnswerInput): Promise<AnswerEvaluation>;
  /**
   * After a main answer (or its last follow-up) is saved: ask a follow-up that points at what is
   * missing (own action, outcome, a trade-off, a number), in the position's language, or none.
   */
  decideFollowUp(input: FollowUpInput): Promise<FollowUpDecision>;
  /** One L2-normalised vector of `embeddingDimensions` per text, in the order given. */
  embed(texts: string[]): Promise<number[][]>;
  /** May return fewer than asked for, or none: callers fill the rest from the question bank. */
  generateQuestions(input: GenerateQuestionsInput): Promise<GeneratedQuestion[]>;
}
