import "server-only";
import { and, eq, isNull, lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";

export type StoredIdempotentResponse = { status: number; body: unknown };

export type IdempotencyClaim =
  | { kind: "claimed" }
  | { kind: "replay"; response: StoredIdempotentResponse }
  | { kind: "other_body" }
  | { kind: "in_flight" };

/**
 * Claims `key` for one request, or reports what already holds it. A row older than `maxAgeMs`
 * (the purge has not come by yet) counts as gone and is taken over.
 */
export async function claimIdempotencyKey(options: {
  companyId: string;
  key: string;
  requestHash: string;
  maxAgeMs: number;
}): Promise<IdempotencyClaim> {
  const db = await getDb();
  const staleBefore = new Date(Date.now() - options.maxAgeMs);
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.companyId, options.companyId),
        eq(idempotencyKeys.key, options.key),
        lt(idempotencyKeys.createdAt, staleBefore),
      ),
    );
  const [inserted] = await db
    .insert(idempotencyKeys)
    .values({ companyId: options.companyId, key: options.key, requestHash: options.requestHash })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted) return { kind: "claimed" };

  const [held] = await db
    .select()
    .from(idempotencyKeys)
    .where(
      and(eq(idempotencyKeys.companyId, options.companyId), eq(idempotencyKeys.key, options.key)),
    )
    .limit(1);
  // Released between our insert and this read: the caller's retry will claim it.
  if (!held) return { kind: "in_flight" };
  if (held.requestHash !== options.requestHash) return { kind: "other_body" };
  if (held.responseStatus === null) return { kind: "in_flight" };
  return { kind: "replay", response: { status: held.responseStatus, body: held.responseBody } };
}

export async function storeIdempotentResponse(options: {
  companyId: string;
  key: string;
  response: StoredIdempotentResponse;
}): Promise<void> {
  const db = await getDb();
  await db
    .update(idempotencyKeys)
    .set({ responseStatus: options.response.status, responseBody: options.response.body })
    .where(
      and(eq(idempotencyKeys.companyId, options.companyId), eq(idempotencyKeys.key, options.key)),
    );
}

/** Frees a key whose request failed before answering, so the caller can try again with it. */
export async function releaseIdempotencyKey(options: { companyId: string; key: string }) {
  const db = await getDb();
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.companyId, options.companyId),
        eq(idempotencyKeys.key, options.key),
        isNull(idempotencyKeys.responseStatus),
      ),
    );
}

export async function deleteIdempotencyKeysCreatedBefore(options: {
  cutoff: Date;
}): Promise<number> {
  const db = await getDb();
  const deleted = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, options.cutoff))
    .returning({ key: idempotencyKeys.key });
  return deleted.length;
}
