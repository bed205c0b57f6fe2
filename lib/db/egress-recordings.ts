import "server-only";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, interviews, type Recording, recordings } from "@/db/schema";

/** What decides whether an interview's room is recorded, read in one query. */
export async function getEgressRecordingContext(options: { interviewId: string }) {
  const db = await getDb();
  const [row] = await db
    .select({
      status: interviews.status,
      startedAt: interviews.startedAt,
      recordingConsentedAt: interviews.recordingConsentedAt,
      recordingMode: companies.recordingMode,
    })
    .from(interviews)
    .innerJoin(companies, eq(companies.id, interviews.companyId))
    .where(eq(interviews.id, options.interviewId))
    .limit(1);
  return row ?? null;
}

/**
 * Claims the interview's egress before LiveKit is asked for one: the row is written (without an
 * egress id yet) unless one is still recording or this track's file already exists. An advisory
 * lock per interview makes the check-then-insert atomic, so two deliveries of one webhook, or two
 * webhooks at once, claim once. Null when there is nothing to start.
 */
export async function claimEgressRecording(options: {
  interviewId: string;
  storageKey: string;
  clockOffsetMs: number;
}): Promise<Recording | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`egress:${options.interviewId}`}, 0))`,
    );
    const [existing] = await tx
      .select({ id: recordings.id })
      .from(recordings)
      .where(
        and(
          eq(recordings.interviewId, options.interviewId),
          eq(recordings.source, "egress"),
          sql`(${recordings.status} = 'recording' or ${recordings.storageKey} = ${options.storageKey})`,
        ),
      )
      .limit(1);
    if (existing) return null;
    const [row] = await tx
      .insert(recordings)
      .values({
        interviewId: options.interviewId,
        source: "egress",
        status: "recording",
        storageKey: options.storageKey,
        contentType: "audio/ogg",
        clockOffsetMs: options.clockOffsetMs,
      })
      .returning();
    return row ?? null;
  });
}

/** Links a claimed row to the egress LiveKit started for it. */
export async function setRecordingEgressId(options: {
  id: string;
  egressId: string;
  clockOffsetMs: number;
}): Promise<void> {
  const db = await getDb();
  await db
    .update(recordings)
    .set({ egressId: options.egressId, clockOffsetMs: options.clockOffsetMs })
    .where(eq(recordings.id, options.id));
}

/** Gives a claim back when LiveKit refused to start, so the webhook's retry can claim again. */
export async function deleteEgressClaim(options: { id: string }): Promise<void> {
  const db = await getDb();
  await db
    .delete(recordings)
    .where(and(eq(recordings.id, options.id), sql`${recordings.egressId} is null`));
}

export async function getRecordingByEgressId(options: {
  egressId: string;
}): Promise<Recording | null> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(recordings)
    .where(eq(recordings.egressId, options.egressId))
    .limit(1);
  return row ?? null;
}

/** The egress ids still recording for an interview (the ones to stop when it completes). */
export async function listRecordingEgressIds(options: { interviewId: string }): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ egressId: recordings.egressId })
    .from(recordings)
    .where(
      and(
        eq(recordings.interviewId, options.interviewId),
        eq(recordings.status, "recording"),
        isNotNull(recordings.egressId),
      ),
    );
  return rows.flatMap((row) => (row.egressId ? [row.egressId] : []));
}

/** Where the file really starts, once LiveKit says (its start is seconds after the request). */
export async function updateEgressClockOffset(options: {
  egressId: string;
  clockOffsetMs: number;
}): Promise<void> {
  const db = await getDb();
  await db
    .update(recordings)
    .set({ clockOffsetMs: options.clockOffsetMs })
    .where(and(eq(recordings.egressId, options.egressId), eq(recordings.status, "recording")));
}

/**
 * Records how the egress ended. Only a row still recording moves, so a retried or late webhook
 * cannot turn a ready file back into a failed one.
 */
export async function finishEgressRecording(options: {
  egressId: string;
  result:
    | { status: "ready"; byteLength: number; durationMs: number | null; clockOffsetMs?: number }
    | { status: "failed" };
  completedAt: Date;
}): Promise<Recording | null> {
  const db = await getDb();
  const { result } = options;
  const [row] = await db
    .update(recordings)
    .set(
      result.status === "ready"
        ? {
            status: "ready",
            byteLength: result.byteLength,
            durationMs: result.durationMs,
            ...(result.clockOffsetMs === undefined ? {} : { clockOffsetMs: result.clockOffsetMs }),
            completedAt: options.completedAt,
          }
        : { status: "failed", completedAt: options.completedAt },
    )
    .where(and(eq(recordings.egressId, options.egressId), eq(recordings.status, "recording")))
    .returning();
  return row ?? null;
}
