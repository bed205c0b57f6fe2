import "server-only";
import { env } from "@/lib/env.mjs";

export type MailMode = "smtp" | "embedded";

/**
 * `smtp` with SMTP_URL; otherwise `embedded`: the email_messages row is the delivered message,
 * read on the operator's mailbox page. Its own module so that pages and sweeps need no nodemailer.
 */
export function getMailMode(): MailMode {
  return env.SMTP_URL ? "smtp" : "embedded";
}
