import "server-only";
import { getAiProvider } from "@/lib/ai/get-ai-provider";
import { getInterviewById, transitionInterviewStatus } from "@/lib/db/interviews";
import { saveReport } from "@/lib/db/reports";
import { env } from "@/lib/env.mjs";
import { loadInterviewAnswers } from "@/lib/evaluation/load-interview-answers";
import { recommend, summariseScores } from "@/lib/evaluation/rubric";
import { type ScoredAnswer, scoreAnswer } from "@/lib/evaluation/score-answer";
import { writeSummary } from "@/lib/evaluation/write-summary";
import type { PipelineContext } from "@/lib/jobs/pipeline-context";
import { inngest } from "../client";
import { answerExcellent, type InterviewCompletedData, interviewCompleted } from "../events";

/**
 * Scores every answer (one step each, so a retry resumes where it failed), builds the report,
 * marks the interview evaluated and sends each excellent answer to collection.
 */
export async function evaluateInterviewHandler({
  event,
  step,
}: PipelineContext<InterviewCompletedData>) {
  const { interviewId } = event.data;
  const status = await step.run("mark-evaluating", async () => {
    const moved = await transitionInterviewStatus({
      id: interviewId,
      from: ["completed"],
      to: "evaluating",
    });
    return moved?.status ?? (await getInterviewById({ id: interviewId }))?.status ?? null;
  });
  if (status !== "evaluating") return { interviewId, skipped: `status is ${status}` };

  const { language, answers } = await loadInterviewAnswers({ interviewId });
  const provider = getAiProvider();
  const scored: ScoredAnswer[] = [];
  for (const { question, segments } of answers) {
    scored.push(
      await step.run(`score-answer-${question.id}`, () =>
        scoreAnswer({ interviewId, question, segments, language, provider }),
      ),
    );
  }

  const report = await step.run("build-report", async () => {
    const { overallScore, competencyScores } = summariseScores(scored);
    const scoredBy = { provider: provider.name, model: provider.models.chat };
    await saveReport({
      interviewId,
      overallScore,
      competencyScores,
      recommendation: recommend(overallScore),
      summary: writeSummary({ language, overallScore, competencyScores, scoredBy }),
      provider: provider.name,
      model: provider.models.chat,
    });
    await transitionInterviewStatus({
      id: interviewId,
      from: ["evaluating"],
      to: "evaluated",
      changes: { evaluatedAt: new Date() },
    });
    return {
      overallScore,
      droppedQuotes: scored.reduce((sum, answer) => sum + answer.droppedQuotes, 0),
    };
  });

  const excellent = scored.filter(
    (answer) => answer.score >= env.EXCELLENT_ANSWER_SCORE && answer.bankQuestionId && answer.text,
  );
  if (excellent.length > 0) {
    await step.sendEvent(
      "send-excellent-answers",
      excellent.map((answer) =>
        answerExcellent.create({
          interviewId,
          interviewQuestionId: answer.questionId,
          bankQuestionId: answer.bankQuestionId ?? "",
          text: answer.text,
          score: answer.score,
          segmentIds: answer.segmentIds,
        }),
      ),
    );
  }
  return { interviewId, ...report, excellentAnswers: excellent.length };
}

export async function markEvaluationFailed(data: InterviewCompletedData, error: unknown) {
  const reason = error instanceof Error ? error.message : String(error);
  await transitionInterviewStatus({
    id: data.interviewId,
    from: ["completed", "evaluating"],
    to: "failed",
    changes: { failureReason: `Evaluation failed: ${reason}`.slice(0, 500) },
  });
}

export const evaluateInterviewFunction = inngest.createFunction(
  {
    id: "evaluate-interview",
    triggers: [interviewCompleted],
    idempotency: "event.data.interviewId",
    retries: 3,
    // After the last retry the interview shows `failed` with the reason instead of hanging.
    onFailure: ({ event, error }) => markEvaluationFailed(event.data.event.data, error),
  },
  evaluateInterviewHandler,
);
