import "server-only";
import { Webhook } from "standardwebhooks";

/**
 * The Standard Webhooks headers of one attempt. During a rotation both secrets sign, and the
 * signatures go space-separated in one `webhook-signature`: a receiver holding either verifies.
 * The timestamp is the attempt's own (receivers refuse ones older than five minutes).
 */
export function buildWebhookHeaders(input: {
  messageId: string;
  sentAt: Date;
  body: string;
  secrets: readonly string[];
}): Record<string, string> {
  const signatures = input.secrets.map((secret) =>
    new Webhook(secret).sign(input.messageId, input.sentAt, input.body),
  );
  return {
    "webhook-id": input.messageId,
    "webhook-timestamp": String(Math.floor(input.sentAt.getTime() / 1000)),
    "webhook-signature": signatures.join(" "),
  };
}
