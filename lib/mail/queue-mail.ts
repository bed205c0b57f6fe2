import "server-only";
import { z } from "zod";
import { insertQueuedMessages } from "./email-messages";
import { type MailKind, mailKindSchemas, mailLocales, type QueueMailInput } from "./mail-kinds";
import { noteQueuedMail } from "./queued-mail-collector";
import type { RenderedMail } from "./render-mail";

const envelopeSchema = z.object({
  to: z.email(),
  locale: z.enum(mailLocales),
  companyId: z.uuid().nullish(),
  interviewId: z.uuid().nullish(),
});

/**
 * Writes one message, rendered, as a queued row and returns its id. Sending is a background job:
 * inside `collectQueuedMail` (the auth route wraps better-auth in it) the id is handed up to be
 * dispatched once the call returns; nothing here talks to a mail server, so a down SMTP server
 * never fails the request that queues a message.
 */
export async function queueMail<K extends MailKind>(input: QueueMailInput<K>): Promise<string> {
  const [id] = await queueMails([input]);
  if (!id) throw new Error("Queueing the message returned no id.");
  return id;
}

/** Several messages rendered and written in one insert (a bulk invite), noted like queueMail's. */
export async function queueMails<K extends MailKind>(
  inputs: readonly QueueMailInput<K>[],
): Promise<string[]> {
  // Loaded on first use: better-auth's route imports this module, and most of its calls send no mail.
  const { renderMails } = await import("./render-mails");
  const parsed = inputs.map((input) => ({
    kind: input.kind,
    envelope: envelopeSchema.parse(input),
    props: mailKindSchemas[input.kind].parse(input.props) as QueueMailInput<K>["props"],
  }));
  const rendered = await renderMails(
    parsed.map(({ kind, envelope, props }) => ({ kind, locale: envelope.locale, props })),
  );
  const values = parsed.map(({ kind, envelope, props }, index) => ({
    kind,
    toAddress: envelope.to,
    locale: envelope.locale,
    companyId: envelope.companyId ?? null,
    interviewId: envelope.interviewId ?? null,
    link: props.link,
    ...(rendered[index] as RenderedMail),
  }));
  const ids = await insertQueuedMessages(values);
  for (const id of ids) noteQueuedMail(id);
  return ids;
}
