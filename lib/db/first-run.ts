import "server-only";
import { and, eq, lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, verifications } from "@/db/schema";

// The setup's guard row lives in better-auth's verifications table: its primary key makes the
// claim first-writer-wins on PGlite and Postgres alike, with no table of its own.
const claimId = "first-run-setup";
// A claim left by a process that died mid-setup frees itself after this long.
const claimTtlMs = 5 * 60 * 1000;

export async function hasAnyUser(): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ id: users.id }).from(users).limit(1);
  return Boolean(row);
}

/**
 * Claims the right to create the first owner: returns a claim value while no live claim exists,
 * null when another request holds one. Release it with releaseFirstRunClaim.
 */
export async function claimFirstRun(): Promise<string | null> {
  const db = await getDb();
  const value = crypto.randomUUID();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + claimTtlMs);
  const [row] = await db
    .insert(verifications)
    .values({ id: claimId, identifier: claimId, value, expiresAt })
    .onConflictDoUpdate({
      target: verifications.id,
      set: { value, expiresAt, updatedAt: now },
      setWhere: lt(verifications.expiresAt, now),
    })
    .returning({ value: verifications.value });
  return row?.value === value ? value : null;
}

export async function releaseFirstRunClaim(value: string): Promise<void> {
  const db = await getDb();
  await db
    .delete(verifications)
    .where(and(eq(verifications.id, claimId), eq(verifications.value, value)));
}
