import "server-only";
import { eq, inArray, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type SpeechClip, speechClipClaims, speechClips } from "@/db/schema";

type NewSpeechClip = Omit<typeof speechClips.$inferInsert, "createdAt" | "lastServedAt">;

/** The stored clip, stamped as served now (retention counts from the last time it was played). */
export async function getSpeechClipByHash(options: { hash: string }): Promise<SpeechClip | null> {
  const db = await getDb();
  const [clip] = await db
    .update(speechClips)
    .set({ lastServedAt: sql`now()` })
    .where(eq(speechClips.hash, options.hash))
    .returning();
  return clip ?? null;
}

/** Two instances that synthesised the same clip at once both arrive here: the first one stays. */
export async function insertSpeechClip(values: NewSpeechClip): Promise<void> {
  const db = await getDb();
  await db.insert(speechClips).values(values).onConflictDoNothing({ target: speechClips.hash });
}

export async function deleteSpeechClipsServedBefore(options: { cutoff: Date }): Promise<number> {
  const db = await getDb();
  const deleted = await db
    .delete(speechClips)
    .where(lt(speechClips.lastServedAt, options.cutoff))
    .returning({ hash: speechClips.hash });
  return deleted.length;
}

/**
 * Claims the synthesis of `hash` for this caller: true when no other instance holds it, or when
 * the one that did claimed it longer than `staleAfterMs` ago (it died mid-synthesis).
 */
export async function claimSpeechSynthesis(options: {
  hash: string;
  staleAfterMs: number;
}): Promise<boolean> {
  const db = await getDb();
  const staleBefore = sql`now() - make_interval(secs => ${options.staleAfterMs / 1000})`;
  const claimed = await db
    .insert(speechClipClaims)
    .values({ hash: options.hash })
    .onConflictDoUpdate({
      target: speechClipClaims.hash,
      set: { claimedAt: sql`now()` },
      setWhere: lt(speechClipClaims.claimedAt, staleBefore),
    })
    .returning({ hash: speechClipClaims.hash });
  return claimed.length > 0;
}

export async function releaseSpeechSynthesis(options: { hash: string }): Promise<void> {
  const db = await getDb();
  await db.delete(speechClipClaims).where(eq(speechClipClaims.hash, options.hash));
}

/** The voices clips are stored in: one per configured language, and any configured before. */
export async function listSpeechClipVoices(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.selectDistinct({ voice: speechClips.voice }).from(speechClips);
  return rows.map((row) => row.voice);
}

export async function deleteSpeechClipsByHash(options: { hashes: string[] }): Promise<number> {
  if (options.hashes.length === 0) return 0;
  const db = await getDb();
  const deleted = await db
    .delete(speechClips)
    .where(inArray(speechClips.hash, options.hashes))
    .returning({ hash: speechClips.hash });
  return deleted.length;
}
