import "server-only";
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type EmailMessage, emailMessages } from "@/db/schema";

export type { EmailMessage } from "@/db/schema";

const maxErrorLength = 500;

export type QueuedMessageValues = Pick<
  EmailMessage,
  "kind" | "toAddress" | "locale" | "subject" | "html" | "text" | "link"
> & {
  companyId: string | null;
  interviewId?: string | null;
};

/** Many messages in one statement (a bulk invite queues a thousand): their ids, in order. */
export async function insertQueuedMessages(values: QueuedMessageValues[]): Promise<string[]> {
  if (values.length === 0) return [];
  const db = await getDb();
  // Ids made here: RETURNING's row order is not promised, and the caller pairs ids with inputs.
  const rows = values.map((value) => ({
    ...value,
    id: crypto.randomUUID(),
    status: "queued" as const,
  }));
  await db.insert(emailMessages).values(rows);
  return rows.map((row) => row.id);
}

/**
 * Takes a queued message for one send attempt. Only one caller ever gets the row: a retried or
 * duplicated run finds it sending, sent or failed and gets nothing.
 */
export async function claimQueuedMessage({ id }: { id: string }): Promise<EmailMessage | null> {
  const db = await getDb();
  const [row] = await db
    .update(emailMessages)
    .set({ status: "sending", attempts: sql`${emailMessages.attempts} + 1` })
    .where(and(eq(emailMessages.id, id), eq(emailMessages.status, "queued")))
    .returning();
  return row ?? null;
}

/** Sent. Over SMTP the bodies and link go (they hold single-use links); embedded, they are the mailbox. */
export async function markMessageSent(options: { id: string; keepContent: boolean }) {
  const db = await getDb();
  await db
    .update(emailMessages)
    .set({
      status: "sent",
      sentAt: new Date(),
      lastError: null,
      ...(!options.keepContent && { html: null, text: null, link: null }),
    })
    .where(and(eq(emailMessages.id, options.id), eq(emailMessages.status, "sending")));
}

/**
 * A failed attempt: back to queued for the next one, or failed for good — then, over SMTP, without
 * its bodies and link, which nobody will read.
 */
export async function markMessageUnsent(options: {
  id: string;
  status: "queued" | "failed";
  error: string;
  keepContent: boolean;
}) {
  const db = await getDb();
  const isDropped = options.status === "failed" && !options.keepContent;
  await db
    .update(emailMessages)
    .set({
      status: options.status,
      lastError: options.error.slice(0, maxErrorLength),
      ...(isDropped && { html: null, text: null, link: null }),
    })
    .where(and(eq(emailMessages.id, options.id), eq(emailMessages.status, "sending")));
}

/** The job gave up on a message that was never sent (its retries went on something else). */
export async function failQueuedMessages(options: {
  ids: string[];
  error: string;
  keepContent: boolean;
}) {
  if (options.ids.length === 0) return;
  const db = await getDb();
  await db
    .update(emailMessages)
    .set({
      status: "failed",
      lastError: options.error.slice(0, maxErrorLength),
      ...(!options.keepContent && { html: null, text: null, link: null }),
    })
    .where(and(inArray(emailMessages.id, options.ids), eq(emailMessages.status, "queued")));
}

/** Messages queued before `before` and still queued: their dispatch was lost. */
export async function listStaleQueuedMessageIds(options: { before: Date; limit: number }) {
  const db = await getDb();
  const rows = await db
    .select({ id: emailMessages.id })
    .from(emailMessages)
    .where(and(eq(emailMessages.status, "queued"), lt(emailMessages.createdAt, options.before)))
    .orderBy(emailMessages.createdAt)
    .limit(options.limit);
  return rows.map((row) => row.id);
}

/**
 * Messages claimed before `before` and never marked: the process died mid-send. Whether the
 * server took them is unknown, and at most once means they are not sent again: they fail, visibly.
 */
export async function failInterruptedMessages(options: {
  before: Date;
  keepContent: boolean;
}): Promise<number> {
  const db = await getDb();
  const rows = await db
    .update(emailMessages)
    .set({
      status: "failed",
      lastError: "interrupted during sending: delivery unknown, not resent",
      ...(!options.keepContent && { html: null, text: null, link: null }),
    })
    .where(and(eq(emailMessages.status, "sending"), lt(emailMessages.createdAt, options.before)))
    .returning({ id: emailMessages.id });
  return rows.length;
}

/** Retention: messages are records of delivery, kept no longer than the data they were about. */
export async function deleteEmailMessagesCreatedBefore(options: { cutoff: Date }): Promise<number> {
  const db = await getDb();
  const rows = await db
    .delete(emailMessages)
    .where(lt(emailMessages.createdAt, options.cutoff))
    .returning({ id: emailMessages.id });
  return rows.length;
}
