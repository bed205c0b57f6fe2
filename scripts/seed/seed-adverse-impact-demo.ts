import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviews } from "@/db/schema";
import {
  adverseImpactDemoGroups,
  adverseImpactDemoPosition,
  adverseImpactDemoScores,
} from "@/db/seed-data/adverse-impact-demo";
import { saveHiringDecision } from "@/lib/db/hiring-decisions";
import { createInterview } from "@/lib/db/interviews";
import { saveReport } from "@/lib/db/reports";
import { upsertSelfIdentification } from "@/lib/db/self-identifications";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The applicants of the adverse-impact demo: real interviews, reports and decisions through the
 * app's own functions, without answers or the pipeline (the report counts only outcomes, and
 * two dozen pipeline runs would slow the seed). Dated weeks back, so the live demo candidates
 * stay first in every list.
 */
export async function seedAdverseImpactDemo(options: {
  companyId: string;
  recruiterId: string;
  positionId: string;
}): Promise<{ interviews: number }> {
  const db = await getDb();
  let number = 0;
  for (const group of adverseImpactDemoGroups) {
    for (let index = 0; index < group.count; index += 1) {
      number += 1;
      const label = String(number).padStart(2, "0");
      const { interview } = await createInterview({
        companyId: options.companyId,
        createdByUserId: options.recruiterId,
        positionId: options.positionId,
        candidateEmail: `applicant-${label}@example.com`,
        candidateName: `Applicant ${label}`,
        questionCount: 3,
        inviteTtlDays: 30,
      });
      const completedAt = new Date(Date.now() - (20 + number) * dayMs);
      await db
        .update(interviews)
        .set({
          status: "evaluated",
          createdAt: new Date(completedAt.getTime() - dayMs),
          startedAt: new Date(completedAt.getTime() - 30 * 60 * 1000),
          completedAt,
          evaluatedAt: completedAt,
        })
        .where(eq(interviews.id, interview.id));
      const score = index % 2 === 0 ? adverseImpactDemoScores.high : adverseImpactDemoScores.low;
      await saveReport({
        interviewId: interview.id,
        overallScore: score,
        competencyScores: adverseImpactDemoPosition.competencies.map((competency) => ({
          competency,
          score,
          questionCount: 1,
        })),
        summary: `Overall ${score}/100 (a seeded outcome for the adverse-impact demo; no answers).`,
        recommendation: "needs_review",
        provider: "offline",
        model: "heuristic",
      });
      await saveHiringDecision({
        companyId: options.companyId,
        interviewId: interview.id,
        decision: index < group.advanced ? "advance" : "reject",
        note: "",
        actorUserId: options.recruiterId,
      });
      await upsertSelfIdentification({
        companyId: options.companyId,
        positionId: options.positionId,
        interviewId: interview.id,
        answers: { sex: group.sex, raceEthnicity: group.raceEthnicity },
      });
    }
  }
  return { interviews: number };
}
