import type { MailKind, QueueMailInput } from "@/lib/mail/mail-kinds";
import { queueMail } from "@/lib/mail/queue-mail";
import { collectQueuedMail } from "@/lib/mail/queued-mail-collector";

/** Queues a message and drops its dispatch: the test runs the send itself, or plays a lost one. */
export async function queueMailUndispatched<K extends MailKind>(input: QueueMailInput<K>) {
  const { result } = await collectQueuedMail(() => queueMail(input));
  return result;
}
