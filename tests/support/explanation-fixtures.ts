// An interview the candidate may have explained: scored on anchored rubrics with quotes per
// criterion, as the model path writes it, with the company's explanation setting and a decision.
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  companies,
  type ExplanationAccess,
  evaluations,
  type HiringDecisionValue,
  interviews,
} from "@/db/schema";
import { invalidateCompanyCache, invalidateInterviewCache } from "@/lib/cache/invalidate";
import { saveHiringDecision } from "@/lib/db/hiring-decisions";
import { listInterviewQuestions } from "@/lib/db/interview-questions";
import { saveReport } from "@/lib/db/reports";
import { saveRubricVersion } from "@/lib/db/rubric-versions";
import { createInvitedInterview, type Tenant } from "./factories";

export const explainedCriteria = [
  {
    key: "depth",
    name: "Depth",
    description: "Goes past the first answer.",
    anchors: { "1": "Names a tool.", "3": "Explains one trade-off.", "5": "Weighs several." },
  },
  {
    key: "clarity",
    name: "Clarity",
    description: "Easy to follow.",
    anchors: { "1": "Hard to follow.", "3": "Mostly clear.", "5": "Crisp and ordered." },
  },
];

/** Points per competency on both criteria: system-design 5, communication 3, ownership 1. */
const pointsByCompetency: Record<string, number> = {
  "system-design": 5,
  communication: 3,
  ownership: 1,
};
const scoreOf = (points: number) => ((points - 1) / 4) * 100;

export async function setExplanationAccess(tenant: Tenant, access: ExplanationAccess) {
  const db = await getDb();
  await db
    .update(companies)
    .set({ explanationAccess: access })
    .where(eq(companies.id, tenant.company.id));
  await invalidateCompanyCache(tenant.company.id);
}

/**
 * Three answers (one per competency), evaluated, each criterion scored and quoted; then the
 * decision, when given.
 */
export async function createExplainableInterview(
  tenant: Tenant,
  options: { decision?: HiringDecisionValue; status?: "evaluated" | "completed" } = {},
) {
  const { interview, inviteToken } = await createInvitedInterview(tenant, { questionCount: 3 });
  const questions = await listInterviewQuestions({ interviewId: interview.id });
  const db = await getDb();
  const versionOf = (competency: string) => `rv-explain-${tenant.company.id}-${competency}`;
  const competencies = [...new Set(questions.map((q) => q.competency))];
  for (const competency of competencies) {
    await saveRubricVersion({
      id: versionOf(competency),
      competency,
      language: "en",
      criteria: explainedCriteria,
      scorerVersion: "test",
      provider: "openai",
      model: "gpt-test",
    });
  }
  await db.insert(evaluations).values(
    questions.map((question) => {
      const points = pointsByCompetency[question.competency] ?? 3;
      return {
        interviewId: interview.id,
        questionId: question.id,
        score: scoreOf(points),
        rubricScores: explainedCriteria.map((c) => ({
          key: c.key,
          criterion: c.name,
          points,
          score: scoreOf(points),
          rationale: `RATIONALE-${question.order}`,
        })),
        evidence: [
          {
            quote: `quote ${question.order} for depth`,
            segmentId: null,
            supports: "depth",
            criterionKey: "depth",
          },
          {
            quote: `quote ${question.order} for clarity`,
            segmentId: null,
            supports: "clarity",
            criterionKey: "clarity",
          },
        ],
        feedback: `FEEDBACK-${question.order}`,
        reviewReasons: [`REVIEW-REASON-${question.order}`],
        answerHash: `hash-${question.id}`,
        rubricVersion: versionOf(question.competency),
        provider: "openai",
        model: "gpt-test",
      };
    }),
  );
  await saveReport({
    interviewId: interview.id,
    overallScore: 50,
    competencyScores: competencies.map((competency) => ({
      competency,
      score: scoreOf(pointsByCompetency[competency] ?? 3),
      questionCount: questions.filter((q) => q.competency === competency).length,
    })),
    summary: "Overall 50/100.",
    recommendation: "lean_hire",
    needsReview: false,
    reviewReasons: [],
    rubricVersions: competencies.map(versionOf).sort(),
    provider: "openai",
    model: "gpt-test",
  });
  await db
    .update(interviews)
    .set({ status: options.status ?? "evaluated", evaluatedAt: new Date() })
    .where(eq(interviews.id, interview.id));
  await invalidateInterviewCache(interview.id);
  if (options.decision) {
    await saveHiringDecision({
      companyId: tenant.company.id,
      interviewId: interview.id,
      decision: options.decision,
      note: "DECISION-NOTE",
      actorUserId: tenant.recruiter.id,
    });
  }
  return { interview, inviteToken, questions, versionOf };
}
