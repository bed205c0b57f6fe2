import "server-only";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { webhookEndpoints } from "@/db/schema";

/** A failed attempt: the endpoint is failing since now, unless it already was. Returns since when. */
export async function markEndpointFailing(options: {
  id: string;
  now: Date;
}): Promise<Date | null> {
  const db = await getDb();
  const [row] = await db
    .update(webhookEndpoints)
    .set({
      failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${options.now.toISOString()}::timestamptz)`,
    })
    .where(eq(webhookEndpoints.id, options.id))
    .returning({ failingSince: webhookEndpoints.failingSince });
  return row?.failingSince ?? null;
}

/** A success: the endpoint is healthy again. */
export async function clearEndpointFailing(options: { id: string }): Promise<void> {
  const db = await getDb();
  await db
    .update(webhookEndpoints)
    .set({ failingSince: null })
    .where(and(eq(webhookEndpoints.id, options.id), isNotNull(webhookEndpoints.failingSince)));
}

/** Disables the endpoint once: only the caller that made the change gets the row (and mails). */
export async function disableWebhookEndpoint(options: { id: string; reason: string; now: Date }) {
  const db = await getDb();
  const [row] = await db
    .update(webhookEndpoints)
    .set({ disabledAt: options.now, disabledReason: options.reason, updatedAt: options.now })
    .where(and(eq(webhookEndpoints.id, options.id), isNull(webhookEndpoints.disabledAt)))
    .returning();
  return row ?? null;
}
