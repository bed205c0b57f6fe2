import "server-only";
import { getAiProvider } from "@/lib/ai/get-ai-provider";
import {
  listQuestionsWithoutEmbedding,
  saveQuestionEmbeddings,
} from "@/lib/db/question-embeddings";
import { definePipelineFunction } from "../define-pipeline-function";
import { type QuestionBankEmbedRequestedData, questionBankEmbedRequested } from "../events";
import type { PipelineContext } from "../pipeline-context";

// The embeddings API takes at most 2,048 inputs per request: one batch, one request.
const batchSize = 2048;
const maxBatchesPerRun = 20;

/** Embeds the bank questions that have no embedding yet, one API request per batch. */
async function embedMissingQuestions({ step }: PipelineContext<QuestionBankEmbedRequestedData>) {
  let embedded = 0;
  let batches = 0;
  for (; batches < maxBatchesPerRun; batches++) {
    const count = await step.run(`embed-batch-${batches}`, async () => {
      const questions = await listQuestionsWithoutEmbedding({ limit: batchSize });
      if (questions.length === 0) return 0;
      const vectors = await getAiProvider().embed(questions.map((question) => question.content));
      await saveQuestionEmbeddings(
        questions.map((question, index) => ({ id: question.id, embedding: vectors[index] ?? [] })),
      );
      return questions.length;
    });
    if (count === 0) break;
    embedded += count;
  }
  return { embedded, batches };
}

export const embedQuestionsFunction = definePipelineFunction({
  id: "embed-questions",
  trigger: questionBankEmbedRequested,
  cronSchedule: "17 * * * *",
  // One run at a time: two would embed the same rows twice.
  concurrency: { limit: 1 },
  handler: embedMissingQuestions,
});
