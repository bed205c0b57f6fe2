import "server-only";
import { and, asc, desc, eq, inArray, lt, lte, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type WebhookDelivery, webhookDeliveries } from "@/db/schema";

type NewDelivery = typeof webhookDeliveries.$inferInsert;

/** New deliveries; one already recorded (a repeated event) is left as it is. Returns the new ids. */
export async function insertWebhookDeliveries(rows: NewDelivery[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const db = await getDb();
  const inserted = await db
    .insert(webhookDeliveries)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: webhookDeliveries.id });
  return inserted.map((row) => row.id);
}

export async function getWebhookDeliveryById(options: { id: string }) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.id, options.id));
  return row ?? null;
}

/** One delivery of one endpoint of one workspace. */
export async function getWebhookDelivery(options: {
  companyId: string;
  endpointId: string;
  id: string;
}) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.id, options.id),
        eq(webhookDeliveries.endpointId, options.endpointId),
        eq(webhookDeliveries.companyId, options.companyId),
      ),
    );
  return row ?? null;
}

/**
 * Takes one due attempt: pending and due, or left `delivering` by a process that died before
 * `staleBefore`. Conditional, so of two engines or instances only one sends a given attempt.
 */
export async function claimWebhookDelivery(options: {
  id: string;
  now: Date;
  staleBefore: Date;
}): Promise<WebhookDelivery | null> {
  const db = await getDb();
  const [row] = await db
    .update(webhookDeliveries)
    .set({
      status: "delivering",
      attempts: sql`${webhookDeliveries.attempts} + 1`,
      lastAttemptAt: options.now,
    })
    .where(and(eq(webhookDeliveries.id, options.id), isDue(options)))
    .returning();
  return row ?? null;
}

function isDue(options: { now: Date; staleBefore: Date }) {
  return or(
    and(
      eq(webhookDeliveries.status, "pending"),
      or(
        sql`${webhookDeliveries.nextAttemptAt} is null`,
        lte(webhookDeliveries.nextAttemptAt, options.now),
      ),
    ),
    and(
      eq(webhookDeliveries.status, "delivering"),
      lt(webhookDeliveries.lastAttemptAt, options.staleBefore),
    ),
  );
}

/** The ids the retry sweep should attempt now, oldest first. */
export async function listDueWebhookDeliveryIds(options: {
  now: Date;
  staleBefore: Date;
  limit: number;
}): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(isDue(options))
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(options.limit);
  return rows.map((row) => row.id);
}

/** What the attempt that holds the claim found out. */
export async function recordWebhookAttempt(options: {
  id: string;
  changes: Pick<
    WebhookDelivery,
    "status" | "nextAttemptAt" | "lastStatusCode" | "lastLatencyMs" | "lastError"
  > &
    Partial<Pick<WebhookDelivery, "deliveredAt">>;
}): Promise<WebhookDelivery | null> {
  const db = await getDb();
  const [row] = await db
    .update(webhookDeliveries)
    .set(options.changes)
    .where(and(eq(webhookDeliveries.id, options.id), eq(webhookDeliveries.status, "delivering")))
    .returning();
  return row ?? null;
}

/** A finished delivery goes back to pending for one more attempt now (the same message id). */
export async function requeueWebhookDelivery(options: { id: string; now: Date }) {
  const db = await getDb();
  const [row] = await db
    .update(webhookDeliveries)
    .set({ status: "pending", nextAttemptAt: options.now })
    .where(
      and(
        eq(webhookDeliveries.id, options.id),
        inArray(webhookDeliveries.status, ["failed", "succeeded"]),
      ),
    )
    .returning();
  return row ?? null;
}

/** The endpoint's log, newest first, a page at a time (keyset on created_at, id). */
export async function listWebhookDeliveries(options: {
  endpointId: string;
  limit: number;
  before?: { createdAt: Date; id: string };
}) {
  const db = await getDb();
  const { before } = options;
  return db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.endpointId, options.endpointId),
        before
          ? or(
              lt(webhookDeliveries.createdAt, before.createdAt),
              and(
                eq(webhookDeliveries.createdAt, before.createdAt),
                lt(webhookDeliveries.id, before.id),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(options.limit);
}
