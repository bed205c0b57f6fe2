import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import { env } from "@/lib/env.mjs";
import type { MailMode } from "./mail-mode";

export type OutgoingMail = { to: string; subject: string; html: string; text: string };

/** Where messages go: a real server (SMTP_URL, from MAIL_FROM), or nowhere (see getMailMode). */
export type MailTransport = {
  mode: MailMode;
  send: (mail: OutgoingMail) => Promise<void>;
};

// Bounded so a silent server fails an attempt (and the job retries) instead of holding it for
// nodemailer's default two minutes to connect and ten of silence.
const smtpTimeouts = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

export function createSmtpTransport(options: { url: string; from: string }): MailTransport {
  const transporter: Transporter = createTransport({ url: options.url, ...smtpTimeouts });
  return {
    mode: "smtp",
    async send(mail) {
      await transporter.sendMail({ from: options.from, ...mail });
    },
  };
}

const embeddedTransport: MailTransport = { mode: "embedded", send: async () => {} };

let configured: MailTransport | undefined;

/** The transport the environment names, made once per process. */
export function getMailTransport(): MailTransport {
  configured ??= env.SMTP_URL
    ? createSmtpTransport({ url: env.SMTP_URL, from: env.MAIL_FROM })
    : embeddedTransport;
  return configured;
}
