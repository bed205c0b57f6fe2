// An interview with a report, written the way the evaluation pipeline would, for review tests.
import { getDb } from "@/db/client";
import { answerBank, evaluations, type Recommendation } from "@/db/schema";
import { embedTextHashed } from "@/lib/ai/hashed-embedding";
import { listInterviewQuestions } from "@/lib/db/interview-questions";
import { getInterviewById } from "@/lib/db/interviews";
import { saveReport } from "@/lib/db/reports";
import { createInvitedInterview, type Tenant } from "./factories";

const rubricVersion = "rv-review-test";

/**
 * Three answers scored 60, 70 and 80; one competency score per question's competency; an
 * offline-style report that needs review unless told otherwise.
 */
export async function createReportedInterview(
  tenant: Tenant,
  options: { recommendation?: Recommendation; needsReview?: boolean } = {},
) {
  const { interview, inviteToken } = await createInvitedInterview(tenant, { questionCount: 3 });
  const questions = await listInterviewQuestions({ interviewId: interview.id });
  const db = await getDb();
  await db.insert(evaluations).values(
    questions.map((question, index) => ({
      interviewId: interview.id,
      questionId: question.id,
      score: 60 + index * 10,
      rubricScores: [
        { key: "depth", criterion: "Depth", points: 3, score: 50, rationale: "Some." },
      ],
      strengths: [`Strength ${index + 1}`],
      improvements: [`Improvement ${index + 1}`],
      feedback: `Feedback ${index + 1}: scored ${60 + index * 10}.`,
      evidence: [{ quote: "a quote", segmentId: null, supports: "depth" }],
      answerHash: `hash-${question.id}`,
      rubricVersion,
      provider: "offline",
      model: "heuristic",
    })),
  );
  const competencies = [...new Set(questions.map((question) => question.competency))];
  await saveReport({
    interviewId: interview.id,
    overallScore: 70,
    competencyScores: competencies.map((competency) => {
      const scores = questions
        .map((question, index) => ({ question, score: 60 + index * 10 }))
        .filter((row) => row.question.competency === competency)
        .map((row) => row.score);
      const mean = Math.round(scores.reduce((a, b) => a + b, 0) / scores.length);
      return { competency, score: mean, questionCount: scores.length };
    }),
    summary: "Overall 70/100, scored by the offline heuristic.",
    recommendation: options.recommendation ?? "needs_review",
    needsReview: options.needsReview ?? true,
    reviewReasons: ["Question 1: a sentence addressed the grader."],
    rubricVersions: [rubricVersion],
    provider: "offline",
    model: "heuristic",
  });
  return { interview, inviteToken, questions, competencies };
}

/** A banked answer of the interview's first question, in the given review status. */
export async function createBankAnswer(options: {
  interviewId: string;
  bankQuestionId: string;
  text: string;
  status: "pending" | "approved" | "rejected";
}) {
  const db = await getDb();
  const interview = await getInterviewById({ id: options.interviewId });
  if (!interview) throw new Error("The bank answer's interview does not exist.");
  const [row] = await db
    .insert(answerBank)
    .values({
      companyId: interview.companyId,
      questionId: options.bankQuestionId,
      text: options.text,
      score: 90,
      status: options.status,
      embedding: embedTextHashed(options.text),
      sourceInterviewId: options.interviewId,
      sourceSegmentIds: ["s1"],
    })
    .returning();
  if (!row) throw new Error("Inserting the bank answer returned no row.");
  return row;
}
