import "server-only";
import type { WebhookEndpoint } from "@/db/schema";
import { decryptWebhookSecret } from "./webhook-secret";

/** The secrets that sign now: the current one, and the previous one until its 24 h run out. */
export function signingSecretsOf(endpoint: WebhookEndpoint, now: Date): string[] {
  const secrets = [decryptWebhookSecret(endpoint.secretCiphertext)];
  const previous = endpoint.previousSecretCiphertext;
  const expiresAt = endpoint.previousSecretExpiresAt;
  if (previous && expiresAt && expiresAt > now) secrets.push(decryptWebhookSecret(previous));
  return secrets;
}
