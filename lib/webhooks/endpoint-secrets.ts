import "server-only";
import type { WebhookEndpoint } from "@/db/schema";
import { DomainError } from "@/lib/domain-error";
import { decryptWebhookSecret } from "./webhook-secret";

/**
 * The secrets that sign now: the current one, and the previous one until its 24 h run out. A
 * secret stored under another auth secret cannot be read: the current one refuses the attempt
 * (recorded as its error, until an admin rotates it), a previous one is left out.
 */
export function signingSecretsOf(endpoint: WebhookEndpoint, now: Date): string[] {
  let current: string;
  try {
    current = decryptWebhookSecret(endpoint.secretCiphertext);
  } catch {
    throw new DomainError({
      kind: "invalid_input",
      message: "The signing secret cannot be read (was the auth secret changed?): rotate it.",
    });
  }
  const previous = endpoint.previousSecretCiphertext;
  const expiresAt = endpoint.previousSecretExpiresAt;
  if (!previous || !expiresAt || expiresAt <= now) return [current];
  try {
    return [current, decryptWebhookSecret(previous)];
  } catch {
    return [current];
  }
}
