import "server-only";
import { getAiProvider } from "@/lib/ai/get-ai-provider";
import { collectAnswer } from "@/lib/db/answer-bank";
import { definePipelineFunction } from "../define-pipeline-function";
import { type AnswerExcellentData, answerExcellent } from "../events";
import type { PipelineContext } from "../pipeline-context";

/**
 * Embeds a batch of model-scored excellent answers in one request, then banks each one unless a
 * near-identical answer is already there for its question (an offline-scored one never). Returns one `skipped` or `success` result per answer,
 * in the order of the events.
 */
async function collectAnswers({ events, step }: PipelineContext<AnswerExcellentData>) {
  const answers = events.map((event) => event.data);
  const embeddings = await step.run("embed-answers", async () => {
    const vectors = await getAiProvider().embed(answers.map((answer) => answer.text));
    if (vectors.length !== answers.length) {
      throw new Error(
        `The embedding provider returned ${vectors.length} of ${answers.length} vectors.`,
      );
    }
    return vectors;
  });
  const results = [];
  for (const [index, answer] of answers.entries()) {
    // Sent before offline scores stopped entering the bank: a heuristic's score banks nothing.
    if (answer.needsApproval) {
      results.push({
        interviewQuestionId: answer.interviewQuestionId,
        status: "skipped" as const,
        reason: "offline_score" as const,
      });
      continue;
    }
    results.push({
      interviewQuestionId: answer.interviewQuestionId,
      ...(await step.run(`store-unless-duplicate-${index}`, () =>
        collectAnswer({
          questionId: answer.bankQuestionId,
          text: answer.text,
          score: answer.score,
          embedding: embeddings[index] ?? [],
          sourceInterviewId: answer.interviewId,
          sourceSegmentIds: answer.segmentIds,
        }),
      )),
    });
  }
  return results;
}

export const collectAnswerFunction = definePipelineFunction({
  id: "collect-answer",
  trigger: answerExcellent,
  // One embeddings request per batch of up to 50 answers. Inngest does not combine batching with
  // idempotency: a re-sent answer is caught by the dedup itself (similarity 1) and the unique index.
  batchEvents: { maxSize: 50, timeout: "5s" },
  retries: 4,
  handler: collectAnswers,
});
