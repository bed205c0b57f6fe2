import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getAuthSecret } from "@/lib/auth/auth-secret";

const secretBytes = 32;
const ivBytes = 12;
const formatVersion = "v1";

/** A new signing secret in Standard Webhooks' form: `whsec_` and base64 of random bytes. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(secretBytes).toString("base64")}`;
}

let cachedKey: Buffer | null = null;

/**
 * The AES-256 key for secrets at rest, derived from the auth secret (HKDF, its own label), so the
 * database alone never yields a signing secret. Kept once per process: the embedded in-memory
 * default draws a fresh auth secret on each call.
 */
function encryptionKey(): Buffer {
  cachedKey ??= Buffer.from(
    hkdfSync("sha256", getAuthSecret(), "", "webhook-endpoint-secrets", 32),
  );
  return cachedKey;
}

/** `v1.<iv>.<tag>.<ciphertext>` (base64url), AES-256-GCM. */
export function encryptWebhookSecret(secret: string): string {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(), iv);
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString("base64url"));
  return [formatVersion, ...parts].join(".");
}

/** Throws when the text was not made with this key (another auth secret, or tampered with). */
export function decryptWebhookSecret(stored: string): string {
  const [version, iv, tag, ciphertext] = stored.split(".");
  if (version !== formatVersion || !iv || !tag || !ciphertext) {
    throw new Error("Unreadable webhook secret.");
  }
  const decipher = createDecipheriv("aes-256-gcm", encryptionKey(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(ciphertext, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}
