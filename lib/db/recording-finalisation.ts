import "server-only";
import { and, eq, lt, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type Recording, recordings } from "@/db/schema";

/**
 * Claims the join and header rewrite of a browser recording: recording → finalising, or a
 * finalising claim older than `claimedBefore` (its request died) taken over. One request on any
 * instance wins; the part is listed as playable only once the winner marks it ready.
 */
export async function claimRecordingFinalisation(options: {
  id: string;
  claimedBefore: Date;
}): Promise<Recording | null> {
  const db = await getDb();
  const [claimed] = await db
    .update(recordings)
    .set({ status: "finalising", finalisingAt: new Date() })
    .where(
      and(
        eq(recordings.id, options.id),
        eq(recordings.source, "browser"),
        or(
          eq(recordings.status, "recording"),
          and(
            eq(recordings.status, "finalising"),
            lt(recordings.finalisingAt, options.claimedBefore),
          ),
        ),
      ),
    )
    .returning();
  return claimed ?? null;
}

/** Gives the claim back after a failure, so the next completion finalises afresh. */
export async function releaseRecordingFinalisation(options: { id: string }): Promise<void> {
  const db = await getDb();
  await db
    .update(recordings)
    .set({ status: "recording", finalisingAt: null })
    .where(and(eq(recordings.id, options.id), eq(recordings.status, "finalising")));
}

/** finalising → ready (or failed when nothing arrived); null when the claim was lost meanwhile. */
export async function finishRecording(options: {
  id: string;
  status: "ready" | "failed";
  byteLength: number;
  durationMs: number | null;
}): Promise<Recording | null> {
  const db = await getDb();
  const [recording] = await db
    .update(recordings)
    .set({
      status: options.status,
      byteLength: options.byteLength,
      durationMs: options.durationMs,
      completedAt: new Date(),
    })
    .where(and(eq(recordings.id, options.id), eq(recordings.status, "finalising")))
    .returning();
  return recording ?? null;
}
