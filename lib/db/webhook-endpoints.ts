import "server-only";
import { and, arrayContains, asc, count, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type WebhookEndpoint, webhookEndpoints } from "@/db/schema";

type NewEndpoint = typeof webhookEndpoints.$inferInsert;
type EndpointChanges = Partial<
  Pick<
    WebhookEndpoint,
    | "url"
    | "description"
    | "events"
    | "secretCiphertext"
    | "previousSecretCiphertext"
    | "previousSecretExpiresAt"
    | "failingSince"
    | "disabledAt"
    | "disabledReason"
  >
>;

export async function listWebhookEndpoints(options: { companyId: string }) {
  const db = await getDb();
  return db
    .select()
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.companyId, options.companyId))
    .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
}

export async function countWebhookEndpoints(options: { companyId: string }): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ value: count() })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.companyId, options.companyId));
  return row?.value ?? 0;
}

/** One endpoint of one workspace (another workspace's is not found). */
export async function getWebhookEndpoint(options: { companyId: string; id: string }) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(
      and(eq(webhookEndpoints.id, options.id), eq(webhookEndpoints.companyId, options.companyId)),
    );
  return row ?? null;
}

export async function getWebhookEndpointById(options: { id: string }) {
  const db = await getDb();
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, options.id));
  return row ?? null;
}

export async function insertWebhookEndpoint(values: NewEndpoint): Promise<WebhookEndpoint> {
  const db = await getDb();
  const [row] = await db.insert(webhookEndpoints).values(values).returning();
  if (!row) throw new Error("Inserting the webhook endpoint returned no row.");
  return row;
}

/** Null when the endpoint is not this workspace's (or gone). */
export async function updateWebhookEndpoint(options: {
  companyId: string;
  id: string;
  changes: EndpointChanges;
}) {
  const db = await getDb();
  const [row] = await db
    .update(webhookEndpoints)
    .set({ ...options.changes, updatedAt: new Date() })
    .where(
      and(eq(webhookEndpoints.id, options.id), eq(webhookEndpoints.companyId, options.companyId)),
    )
    .returning();
  return row ?? null;
}

export async function deleteWebhookEndpoint(options: {
  companyId: string;
  id: string;
}): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .delete(webhookEndpoints)
    .where(
      and(eq(webhookEndpoints.id, options.id), eq(webhookEndpoints.companyId, options.companyId)),
    )
    .returning({ id: webhookEndpoints.id });
  return rows.length > 0;
}

/** The workspace's enabled endpoints that asked for this event type. */
export async function listSubscribedEndpoints(options: { companyId: string; eventType: string }) {
  const db = await getDb();
  return db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.companyId, options.companyId),
        isNull(webhookEndpoints.disabledAt),
        arrayContains(webhookEndpoints.events, [options.eventType]),
      ),
    );
}
