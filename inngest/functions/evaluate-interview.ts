import "server-only";
import { getAiProvider } from "@/lib/ai/get-ai-provider";
import { getInterviewById, transitionInterviewStatus } from "@/lib/db/interviews";
import { env } from "@/lib/env.mjs";
import { buildReport } from "@/lib/evaluation/build-report";
import { listOtherAnswers, loadInterviewAnswers } from "@/lib/evaluation/load-interview-answers";
import { type ScoredAnswer, scoreAnswer } from "@/lib/evaluation/score-answer";
import { describeError } from "@/lib/observability/redact-error";
import { flagSimilarAnswers } from "@/lib/signals/flag-similar-answers";
import { toActivityEvent } from "../activity-events";
import { definePipelineFunction } from "../define-pipeline-function";
import { answerExcellent, type InterviewCompletedData, interviewCompleted } from "../events";
import type { PipelineContext } from "../pipeline-context";

/**
 * Scores every answer (one step each, so a retry resumes where it failed), builds the report,
 * marks the interview evaluated and sends each excellent answer to collection.
 */
async function scoreAndReport({ event, step }: PipelineContext<InterviewCompletedData>) {
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

  const { interview, position, answers } = await loadInterviewAnswers({ interviewId });
  if (!interview.aiScoring)
    return handOverToPeople({ interviewId, companyId: interview.companyId, step });
  const provider = getAiProvider();
  const scored: ScoredAnswer[] = [];
  for (const { question, segments, followUps } of answers) {
    const otherAnswers = listOtherAnswers({ answers, exceptQuestionId: question.id });
    scored.push(
      await step.run(`score-answer-${question.id}`, () =>
        scoreAnswer({
          interviewId,
          companyId: interview.companyId,
          position,
          question,
          segments,
          followUps,
          otherAnswers,
          provider,
        }),
      ),
    );
  }

  const report = await step.run("build-report", async () => {
    const built = await buildReport({ interviewId, language: position.language, scored, provider });
    await transitionInterviewStatus({
      id: interviewId,
      from: ["evaluating"],
      to: "evaluated",
      changes: { evaluatedAt: new Date() },
    });
    return built;
  });
  // Saved, so the workspace hears (webhooks, notifications): every report is ready, and one a
  // person must look at first (flagged, or scored offline) says so after it.
  const reportTypes = [
    "report.ready",
    ...(report.needsHumanReview ? (["report.needs_review"] as const) : []),
  ] as const;
  await step.sendEvent(
    "announce-report",
    reportTypes.map((type) =>
      toActivityEvent({ type, companyId: interview.companyId, interviewId }),
    ),
  );

  // A flagged answer waits for a person before it can be anybody's example, and a heuristic's
  // score never makes one: a recruiter nominates an offline-scored answer instead.
  const excellent = scored.filter(
    (answer) =>
      provider.name !== "offline" &&
      answer.score >= env.EXCELLENT_ANSWER_SCORE &&
      !answer.needsReview &&
      answer.bankQuestionId &&
      answer.text,
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
  // Review signals, after the scores (which never read them): a failed check is logged, and
  // leaves the evaluation as it is.
  const similarAnswers = await step.run("flag-similar-answers", () =>
    flagSimilarAnswers({ interviewId, provider }).catch((error: unknown) => {
      console.warn(
        `Similar-answer check of interview ${interviewId} failed:`,
        describeError(error),
      );
      return { failed: true };
    }),
  );
  return { interviewId, ...report, excellentAnswers: excellent.length, similarAnswers };
}

/**
 * The candidate asked that no AI score them: no model or heuristic reads the answers (nor the
 * similar-answer check), no evaluation or report is written, and the interview is ready for a
 * person's scorecard. Both report events go out, so a receiver that listens to report.ready misses
 * none, and report.needs_review says a person must score.
 */
async function handOverToPeople(options: {
  interviewId: string;
  companyId: string;
  step: PipelineContext<InterviewCompletedData>["step"];
}) {
  const { interviewId, companyId, step } = options;
  await step.run("mark-evaluated-for-people", () =>
    transitionInterviewStatus({
      id: interviewId,
      from: ["evaluating"],
      to: "evaluated",
      changes: { evaluatedAt: new Date() },
    }).then(() => null),
  );
  await step.sendEvent(
    "announce-report",
    (["report.ready", "report.needs_review"] as const).map((type) =>
      toActivityEvent({ type, companyId, interviewId }),
    ),
  );
  return { interviewId, aiScoring: false };
}

async function markEvaluationFailed(data: InterviewCompletedData, error: unknown) {
  // Shown to the recruiter and the candidate: a database error must not bring its row along.
  const reason = describeError(error);
  await transitionInterviewStatus({
    id: data.interviewId,
    from: ["completed", "evaluating"],
    to: "failed",
    changes: { failureReason: `Evaluation failed: ${reason}`.slice(0, 500) },
  });
}

export const evaluateInterviewFunction = definePipelineFunction({
  id: "evaluate-interview",
  trigger: interviewCompleted,
  idempotency: "event.data.interviewId",
  retries: 3,
  handler: scoreAndReport,
  // After the last retry the interview shows `failed` with the reason instead of hanging.
  onFailure: markEvaluationFailed,
});
