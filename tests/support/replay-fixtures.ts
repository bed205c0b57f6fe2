// Evaluated interviews on one position, written directly (transcript, evaluations, report, status)
// so a scoring replay has a sample: fast enough for 50 in a test or a benchmark.
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { evaluations, type InterviewQuestion, interviews, transcriptSegments } from "@/db/schema";
import { listInterviewQuestions } from "@/lib/db/interview-questions";
import { saveReport } from "@/lib/db/reports";
import { summariseScores } from "@/lib/evaluation/score-bands";
import { createInvitedInterview, type Tenant } from "./factories";

/** Three answers of different substance, one per question: none reads as a copy of another. */
export const replayAnswerTexts = [
  "First, I profiled the checkout service because p99 latency had reached 2.4 seconds. Then I added a Redis cache with a 10 minute TTL, and as a result p99 fell to 380 ms during the peak.",
  "I explained the trade-off to our product manager with a small diagram: shipping a week later meant we could avoid a migration, and she agreed once she saw the cost of the rework.",
  "When the deploy broke payments at night I rolled it back, wrote the incident report the next morning, and added a canary stage so the same mistake would be caught in five minutes.",
];

export type EvaluatedInterview = {
  interviewId: string;
  questions: InterviewQuestion[];
  /** The stored (old) score of each question's answer, in question order. */
  oldScores: number[];
  isEmpty: boolean;
};

/**
 * An interview on the tenant's position, evaluated `secondsAgo` seconds ago: its answers (empty
 * when `isEmpty`), an evaluation per answer with `oldScores` under a rubric version of the past,
 * and a report with their means, as the pipeline's buildReport computes them.
 */
export async function createEvaluatedInterview(
  tenant: Tenant,
  options: { oldScores: number[]; isEmpty?: boolean; secondsAgo: number },
): Promise<EvaluatedInterview> {
  const db = await getDb();
  const { interview } = await createInvitedInterview(tenant, {
    questionCount: options.oldScores.length,
  });
  const questions = await listInterviewQuestions({ interviewId: interview.id });
  if (!options.isEmpty) {
    await db.insert(transcriptSegments).values(
      questions.map((question, index) => ({
        interviewId: interview.id,
        id: `seg-${index}`,
        questionId: question.id,
        speaker: "candidate" as const,
        text: replayAnswerTexts[index % replayAnswerTexts.length] ?? "",
        startMs: index * 10_000,
        endMs: index * 10_000 + 8_000,
      })),
    );
  }
  const scored = questions.map((question, index) => ({
    competency: question.competency,
    score: options.oldScores[index] ?? 0,
  }));
  await db.insert(evaluations).values(
    questions.map((question, index) => ({
      interviewId: interview.id,
      questionId: question.id,
      score: options.oldScores[index] ?? 0,
      answerHash: `old-${question.id}`,
      rubricVersion: "rv-replay-past",
      provider: "offline",
      model: "heuristic",
    })),
  );
  const { overallScore, competencyScores } = summariseScores(scored);
  await saveReport({
    interviewId: interview.id,
    overallScore,
    competencyScores,
    summary: `Overall ${overallScore}/100.`,
    recommendation: "needs_review",
    rubricVersions: ["rv-replay-past"],
    provider: "offline",
    model: "heuristic",
  });
  await db
    .update(interviews)
    .set({
      status: "evaluated",
      aiScoring: true,
      completedAt: new Date(Date.now() - options.secondsAgo * 1000 - 60_000),
      evaluatedAt: new Date(Date.now() - options.secondsAgo * 1000),
    })
    .where(eq(interviews.id, interview.id));
  return {
    interviewId: interview.id,
    questions,
    oldScores: options.oldScores,
    isEmpty: options.isEmpty ?? false,
  };
}
