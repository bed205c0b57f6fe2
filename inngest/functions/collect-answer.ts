import "server-only";
import { getAiProvider } from "@/lib/ai/get-ai-provider";
import { collectAnswer } from "@/lib/db/answer-bank";
import type { PipelineContext } from "@/lib/jobs/pipeline-context";
import { inngest } from "../client";
import { type AnswerExcellentData, answerExcellent } from "../events";

/** Embeds an excellent answer and banks it unless a near-identical one is there for the question. */
export async function collectAnswerHandler({ event, step }: PipelineContext<AnswerExcellentData>) {
  const embedding = await step.run("embed-answer", async () => {
    const [vector] = await getAiProvider().embed([event.data.text]);
    if (!vector) throw new Error("The embedding provider returned no vector.");
    return vector;
  });
  return step.run("store-unless-duplicate", () =>
    collectAnswer({
      questionId: event.data.bankQuestionId,
      text: event.data.text,
      score: event.data.score,
      embedding,
      sourceInterviewId: event.data.interviewId,
      sourceSegmentIds: event.data.segmentIds,
    }),
  );
}

export const collectAnswerFunction = inngest.createFunction(
  {
    id: "collect-answer",
    triggers: [answerExcellent],
    // The same answer sent twice runs once; the database constraint covers what slips past.
    idempotency: "event.data.interviewId + '-' + event.data.interviewQuestionId",
    // Dedup takes a per-question lock; queueing per question keeps workers from waiting on it.
    concurrency: { key: "event.data.bankQuestionId", limit: 1 },
    retries: 4,
  },
  collectAnswerHandler,
);
