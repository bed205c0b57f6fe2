import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type EmailStatus, emailMessages } from "@/db/schema";
import { getMailMode, type MailMode } from "./mail-mode";

export type MailboxEntry = {
  id: string;
  createdAt: Date;
  sentAt: Date | null;
  kind: string;
  to: string;
  subject: string;
  status: EmailStatus;
  attempts: number;
  lastError: string | null;
  /** Embedded mode only: the action link and the plain-text body, the message as delivered. */
  link: string | null;
  text: string | null;
};

/**
 * The operator's mailbox: recent messages, newest first. Links and bodies only in embedded mode,
 * where this page is the inbox; with SMTP they belong to the recipient alone.
 */
export async function listMailMessages(options: {
  limit: number;
  status?: EmailStatus;
}): Promise<{ mode: MailMode; messages: MailboxEntry[] }> {
  const mode = getMailMode();
  const db = await getDb();
  const rows = await db
    .select()
    .from(emailMessages)
    .where(options.status ? eq(emailMessages.status, options.status) : undefined)
    .orderBy(desc(emailMessages.createdAt))
    .limit(options.limit);
  const messages = rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    kind: row.kind,
    to: row.toAddress,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    link: mode === "embedded" ? row.link : null,
    text: mode === "embedded" ? row.text : null,
  }));
  return { mode, messages };
}
