import "server-only";
import {
  answerExcellent,
  interviewCompleted,
  interviewCreated,
  questionBankEmbedRequested,
} from "@/inngest/events";
import { collectAnswerBatchSize, collectAnswerHandler } from "@/inngest/functions/collect-answer";
import { embedQuestionsHandler } from "@/inngest/functions/embed-questions";
import {
  evaluateInterviewHandler,
  markEvaluationFailed,
} from "@/inngest/functions/evaluate-interview";
import { generateQuestionsHandler } from "@/inngest/functions/generate-questions";

// Without Inngest, an event runs the same handler body its Inngest function wraps.
type InProcessHandler = {
  /** The id of the Inngest function this body belongs to, as job runs record it. */
  functionId: string;
  handler: (context: never) => Promise<unknown>;
  /** What Inngest's onFailure does once retries are spent. */
  onFailure?: (data: never, error: unknown) => Promise<void>;
  /** For functions Inngest runs on batches: the most events one run receives. */
  batchSize?: number;
};

const handlers: Record<string, InProcessHandler> = {
  [answerExcellent.name]: {
    functionId: "collect-answer",
    handler: collectAnswerHandler,
    batchSize: collectAnswerBatchSize,
  },
  [interviewCompleted.name]: {
    functionId: "evaluate-interview",
    handler: evaluateInterviewHandler,
    onFailure: markEvaluationFailed,
  },
  [questionBankEmbedRequested.name]: {
    functionId: "embed-questions",
    handler: embedQuestionsHandler,
  },
  [interviewCreated.name]: { functionId: "generate-questions", handler: generateQuestionsHandler },
};

export function getInProcessHandler(name: string) {
  const handler = handlers[name];
  if (!handler) throw new Error(`No in-process handler for event ${name}.`);
  return handler;
}
