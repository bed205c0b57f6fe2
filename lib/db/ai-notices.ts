import "server-only";
import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { aiNoticeVersions, users } from "@/db/schema";

export type AiNoticeVersion = typeof aiNoticeVersions.$inferSelect;

/**
 * The workspace's own text for a language: its newest authored version. Built-in rows have no
 * author, so a later release's default never hides a text the workspace wrote.
 */
export async function getAuthoredNoticeVersion(options: {
  companyId: string;
  language: string;
}): Promise<AiNoticeVersion | null> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(aiNoticeVersions)
    .where(
      and(
        eq(aiNoticeVersions.companyId, options.companyId),
        eq(aiNoticeVersions.language, options.language),
        isNotNull(aiNoticeVersions.createdByUserId),
      ),
    )
    .orderBy(desc(aiNoticeVersions.createdAt), desc(aiNoticeVersions.id))
    .limit(1);
  return row ?? null;
}

/**
 * The row of a body, added the first time it is used (insert … on conflict do nothing on the
 * unique (company, language, hash) index, so concurrent first uses make one row).
 */
export async function ensureNoticeVersion(options: {
  companyId: string;
  language: string;
  body: string;
  hash: string;
}): Promise<AiNoticeVersion> {
  const db = await getDb();
  const key = and(
    eq(aiNoticeVersions.companyId, options.companyId),
    eq(aiNoticeVersions.language, options.language),
    eq(aiNoticeVersions.hash, options.hash),
  );
  const [existing] = await db.select().from(aiNoticeVersions).where(key).limit(1);
  if (existing) return existing;
  await db.insert(aiNoticeVersions).values(options).onConflictDoNothing();
  const [row] = await db.select().from(aiNoticeVersions).where(key).limit(1);
  if (!row) throw new Error("The notice version was neither inserted nor found.");
  return row;
}

/**
 * A workspace's text becomes current. A body used before (the same hash) is made current again by
 * moving its row's date and author forward: the unique index allows one row per body, and the
 * hash still names the same words.
 */
export async function saveAuthoredNoticeVersion(options: {
  companyId: string;
  language: string;
  body: string;
  hash: string;
  createdByUserId: string;
}): Promise<AiNoticeVersion> {
  const db = await getDb();
  const [row] = await db
    .insert(aiNoticeVersions)
    .values(options)
    .onConflictDoUpdate({
      target: [aiNoticeVersions.companyId, aiNoticeVersions.language, aiNoticeVersions.hash],
      set: { createdAt: sql`now()`, createdByUserId: options.createdByUserId },
    })
    .returning();
  if (!row) throw new Error("The notice version was not saved.");
  return row;
}

/** Every version of the workspace's notices, newest first, with the author's name. */
export async function listNoticeVersions(options: { companyId: string }) {
  const db = await getDb();
  return db
    .select({
      id: aiNoticeVersions.id,
      language: aiNoticeVersions.language,
      body: aiNoticeVersions.body,
      hash: aiNoticeVersions.hash,
      createdByUserId: aiNoticeVersions.createdByUserId,
      createdByName: users.name,
      createdAt: aiNoticeVersions.createdAt,
    })
    .from(aiNoticeVersions)
    .leftJoin(users, eq(users.id, aiNoticeVersions.createdByUserId))
    .where(eq(aiNoticeVersions.companyId, options.companyId))
    .orderBy(desc(aiNoticeVersions.createdAt), desc(aiNoticeVersions.id));
}
