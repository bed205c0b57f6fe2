import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { type DbTransaction, getDb } from "@/db/client";
import {
  interviews,
  positions,
  reports,
  type ScoringReplay,
  type ScoringReplayStatus,
  type StoredCompetencyRubric,
  type StoredScoringChange,
  scoringReplays,
} from "@/db/schema";
import { DomainError } from "@/lib/domain-error";

/** Serialises replay starts and applies on one position: one running replay, one apply. */
export async function lockPositionReplays(tx: DbTransaction, positionId: string) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`scoring-replay:${positionId}`}, 0))`,
  );
}

/** A running replay of the position, if any (call under lockPositionReplays). */
async function findRunningReplay(tx: DbTransaction, positionId: string) {
  const [row] = await tx
    .select({ id: scoringReplays.id })
    .from(scoringReplays)
    .where(and(eq(scoringReplays.positionId, positionId), eq(scoringReplays.status, "running")))
    .limit(1);
  return row ?? null;
}

/** Starts a replay; a conflict (`replay_running`) while another of the position still runs. */
export async function createScoringReplay(values: {
  companyId: string;
  positionId: string;
  requestedByUserId: string | null;
  change: StoredScoringChange;
  sampleSize: number;
  fromRubricVersions: string[];
}): Promise<ScoringReplay> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockPositionReplays(tx, values.positionId);
    const running = await findRunningReplay(tx, values.positionId);
    if (running) {
      throw new DomainError({
        kind: "conflict",
        code: "replay_running",
        message: `Replay ${running.id} of this position is still running; wait for it or discard it.`,
      });
    }
    const [row] = await tx.insert(scoringReplays).values(values).returning();
    if (!row) throw new Error("Inserting the scoring replay returned no row.");
    return row;
  });
}

export async function getScoringReplay(options: {
  id: string;
  positionId: string;
  companyId: string;
}): Promise<ScoringReplay | null> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(scoringReplays)
    .where(
      and(
        eq(scoringReplays.id, options.id),
        eq(scoringReplays.positionId, options.positionId),
        eq(scoringReplays.companyId, options.companyId),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function getScoringReplayById(options: { id: string }) {
  const db = await getDb();
  const [row] = await db.select().from(scoringReplays).where(eq(scoringReplays.id, options.id));
  return row ?? null;
}

/** The position's replays, newest first. */
export async function listScoringReplays(options: {
  positionId: string;
  companyId: string;
  limit?: number;
}): Promise<ScoringReplay[]> {
  const db = await getDb();
  return db
    .select()
    .from(scoringReplays)
    .where(
      and(
        eq(scoringReplays.positionId, options.positionId),
        eq(scoringReplays.companyId, options.companyId),
      ),
    )
    .orderBy(desc(scoringReplays.createdAt))
    .limit(options.limit ?? 20);
}

/**
 * Moves a replay from one of `from` to `to` with the given fields; null when it was no longer in
 * one of them (discarded while running, applied by someone else).
 */
export async function transitionScoringReplay(
  options: {
    id: string;
    from: ScoringReplayStatus[];
    to: ScoringReplayStatus;
    changes?: Partial<
      Pick<
        ScoringReplay,
        "result" | "error" | "durationMs" | "finishedAt" | "toRubricVersions" | "appliedAt"
      > & { appliedByUserId: string | null }
    >;
  },
  tx?: DbTransaction,
): Promise<ScoringReplay | null> {
  const db = tx ?? (await getDb());
  const [row] = await db
    .update(scoringReplays)
    .set({ ...options.changes, status: options.to })
    .where(and(eq(scoringReplays.id, options.id), inArray(scoringReplays.status, options.from)))
    .returning();
  return row ?? null;
}

/** The position's last `limit` evaluated, AI-scored interviews with their report, newest first. */
export async function listReplayableInterviews(options: {
  positionId: string;
  companyId: string;
  limit: number;
}) {
  const db = await getDb();
  return db
    .select({
      interviewId: interviews.id,
      overallScore: reports.overallScore,
      competencyScores: reports.competencyScores,
    })
    .from(interviews)
    .innerJoin(reports, eq(reports.interviewId, interviews.id))
    .where(
      and(
        eq(interviews.positionId, options.positionId),
        eq(interviews.companyId, options.companyId),
        eq(interviews.status, "evaluated"),
        eq(interviews.aiScoring, true),
      ),
    )
    .orderBy(desc(interviews.evaluatedAt), desc(interviews.id))
    .limit(options.limit);
}

/** Whether the position has one interview a rubric change would be replayed on. */
export async function hasReplayableInterviews(options: { positionId: string; companyId: string }) {
  return (await listReplayableInterviews({ ...options, limit: 1 })).length > 0;
}

/** The replay and its position, read inside the apply's transaction (after lockPositionReplays). */
export async function getPositionForReplay(
  tx: DbTransaction,
  options: { replayId: string; positionId: string; companyId: string },
) {
  const [replay] = await tx
    .select()
    .from(scoringReplays)
    .where(
      and(
        eq(scoringReplays.id, options.replayId),
        eq(scoringReplays.positionId, options.positionId),
        eq(scoringReplays.companyId, options.companyId),
      ),
    );
  const [position] = await tx
    .select()
    .from(positions)
    .where(and(eq(positions.id, options.positionId), eq(positions.companyId, options.companyId)));
  return { replay: replay ?? null, position: position ?? null };
}

/** Writes a confirmed replay's rubrics; the caller invalidates the position's cache after commit. */
export async function setPositionRubrics(
  tx: DbTransaction,
  options: { positionId: string; rubrics: StoredCompetencyRubric[] },
) {
  await tx
    .update(positions)
    .set({ rubrics: options.rubrics, updatedAt: new Date() })
    .where(eq(positions.id, options.positionId));
}
