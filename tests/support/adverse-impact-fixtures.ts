import { getDb } from "@/db/client";
import {
  type HiringDecisionValue,
  hiringDecisions,
  interviews,
  reports,
  type SelfIdRaceEthnicity,
  type SelfIdSex,
  selfIdentifications,
} from "@/db/schema";
import type { Tenant } from "./factories";

export type SyntheticGroup = {
  count: number;
  sex: SelfIdSex | null;
  raceEthnicity: SelfIdRaceEthnicity | null;
  /** The first `advanced` of the group are advanced, the rest get `otherDecision`. */
  advanced: number;
  otherDecision?: HiringDecisionValue;
  /** The overall score of the first `advanced` and of the rest. */
  scores?: { advanced: number; other: number };
  completedAt?: Date;
  /** Leave the self-identification row out altogether (never answered). */
  isUnanswered?: boolean;
};

/**
 * Completed interviews of the tenant's position, each with a decision, a report and the group's
 * self-identification, inserted directly: the report reads only these rows, and a real interview
 * per person would make a dataset of dozens slow.
 */
export async function insertSyntheticOutcomes(
  tenant: Tenant,
  groups: SyntheticGroup[],
  options: { positionId?: string } = {},
) {
  const db = await getDb();
  const positionId = options.positionId ?? tenant.position.id;
  const ids: string[] = [];
  for (const group of groups) {
    for (let index = 0; index < group.count; index += 1) {
      const isAdvanced = index < group.advanced;
      const id = crypto.randomUUID();
      ids.push(id);
      await db.insert(interviews).values({
        id,
        companyId: tenant.company.id,
        positionId,
        candidateEmail: `synthetic-${id}@example.com`,
        candidateName: `Synthetic ${index}`,
        status: "evaluated",
        inviteTokenHash: `synthetic-${id}`,
        inviteExpiresAt: new Date("2027-01-01T00:00:00Z"),
        completedAt: group.completedAt ?? new Date("2026-11-10T12:00:00Z"),
      });
      await db.insert(hiringDecisions).values({
        interviewId: id,
        decision: isAdvanced ? "advance" : (group.otherDecision ?? "reject"),
      });
      const overallScore = isAdvanced
        ? (group.scores?.advanced ?? 80)
        : (group.scores?.other ?? 50);
      await db.insert(reports).values({
        interviewId: id,
        overallScore,
        competencyScores: [{ competency: "communication", score: overallScore, questionCount: 1 }],
        summary: "Synthetic.",
        recommendation: "needs_review",
        provider: "offline",
        model: "heuristic",
      });
      if (!group.isUnanswered) {
        await db.insert(selfIdentifications).values({
          companyId: tenant.company.id,
          positionId,
          interviewId: id,
          sex: group.sex,
          raceEthnicity: group.raceEthnicity,
        });
      }
    }
  }
  return ids;
}
