import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  type HumanScorecardEntry,
  humanScorecardEntries,
  interviews,
  type NewRubricVersion,
} from "@/db/schema";
import { insertReviewAudit, lockReviewSubject } from "./review-audit";
import { saveRubricVersion } from "./rubric-versions";

export async function listScorecardEntries(options: {
  interviewId: string;
}): Promise<HumanScorecardEntry[]> {
  const db = await getDb();
  return db
    .select()
    .from(humanScorecardEntries)
    .where(eq(humanScorecardEntries.interviewId, options.interviewId));
}

type ScorecardWrite = {
  competency: string;
  criterionKey: string;
  /** How the audit names it: "Ownership: Scope of ownership". */
  subject: string;
  points: number;
  quote: string;
  rubricVersion: string;
};

/**
 * Sets a person's points and quote on scorecard criteria, each change with its audit row (the
 * earlier points and quote before, the new ones after), in one transaction. The same points and
 * quote again are no change. Returns how many criteria changed.
 */
export async function saveScorecardEntries(options: {
  companyId: string;
  interviewId: string;
  actorUserId: string;
  entries: ScorecardWrite[];
  /** The rubric versions scored against, kept so their anchors can be shown later. */
  versions: NewRubricVersion[];
}): Promise<{ changed: number }> {
  const db = await getDb();
  for (const version of options.versions) {
    await saveRubricVersion(version);
  }
  return db.transaction(async (tx) => {
    await lockReviewSubject(tx, options.interviewId);
    let changed = 0;
    for (const entry of options.entries) {
      const [existing] = await tx
        .select()
        .from(humanScorecardEntries)
        .where(
          and(
            eq(humanScorecardEntries.interviewId, options.interviewId),
            eq(humanScorecardEntries.competency, entry.competency),
            eq(humanScorecardEntries.criterionKey, entry.criterionKey),
          ),
        );
      if (
        existing?.points === entry.points &&
        existing.quote === entry.quote &&
        existing.rubricVersion === entry.rubricVersion
      ) {
        continue;
      }
      const values = {
        points: entry.points,
        quote: entry.quote,
        rubricVersion: entry.rubricVersion,
        userId: options.actorUserId,
        updatedAt: new Date(),
      };
      await tx
        .insert(humanScorecardEntries)
        .values({
          interviewId: options.interviewId,
          competency: entry.competency,
          criterionKey: entry.criterionKey,
          ...values,
        })
        .onConflictDoUpdate({
          target: [
            humanScorecardEntries.interviewId,
            humanScorecardEntries.competency,
            humanScorecardEntries.criterionKey,
          ],
          set: values,
        });
      await insertReviewAudit(tx, {
        companyId: options.companyId,
        interviewId: options.interviewId,
        actorUserId: options.actorUserId,
        action: "set_scorecard_points",
        subject: entry.subject,
        before: existing ? { points: existing.points, quote: existing.quote } : null,
        after: { points: entry.points, quote: entry.quote },
      });
      changed++;
    }
    return { changed };
  });
}

/** A position's evaluated interviews whose candidates asked that no AI score them, newest first. */
export async function listHumanScoredInterviews(options: {
  companyId: string;
  positionId: string;
}) {
  const db = await getDb();
  return db
    .select({
      id: interviews.id,
      candidateName: interviews.candidateName,
      status: interviews.status,
      aiScoring: interviews.aiScoring,
      evaluatedAt: interviews.evaluatedAt,
    })
    .from(interviews)
    .where(
      and(
        eq(interviews.companyId, options.companyId),
        eq(interviews.positionId, options.positionId),
        eq(interviews.aiScoring, false),
        eq(interviews.status, "evaluated"),
      ),
    )
    .orderBy(desc(interviews.createdAt));
}
