import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "@/lib/auth/auth-secret";
import { env } from "@/lib/env.mjs";

// Versioned, so a future change of the format cannot silently keep accepting the old code.
const codeLabel = "interview-platform/first-run-setup-code/v1";
// Crockford's base32: no I, L, O or U, so a code read off a log cannot be mistyped into another.
const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const groupCount = 4;
const groupLength = 4;

/**
 * The code derived from the auth secret: every instance of one deployment shares the secret, so
 * each prints and accepts the same code (16 base32 characters, 80 bits, in 4 groups of 4).
 */
export function deriveSetupCode(secret: string): string {
  const digest = createHmac("sha256", secret).update(codeLabel).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 10)) bits = (bits << 8n) | BigInt(byte);
  let characters = "";
  for (let index = groupCount * groupLength - 1; index >= 0; index--) {
    characters += alphabet[Number((bits >> BigInt(index * 5)) & 31n)];
  }
  return characters.match(new RegExp(`.{${groupLength}}`, "g"))?.join("-") ?? characters;
}

/** What a person typed, in the derived code's alphabet: case, spaces, dashes and look-alikes forgiven. */
export function normalizeSetupCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

let derivedCode: string | undefined;

/** SETUP_TOKEN when set; otherwise the derived code (kept per process: see getAuthSecret). */
export function getSetupCode(): { code: string; isFromEnv: boolean } {
  if (env.SETUP_TOKEN) return { code: env.SETUP_TOKEN, isFromEnv: true };
  derivedCode ??= deriveSetupCode(getAuthSecret());
  return { code: derivedCode, isFromEnv: false };
}

/** Compared in constant time, as digests, so neither the content nor the length leaks. */
export function isSetupCodeCorrect(input: string): boolean {
  const { code, isFromEnv } = getSetupCode();
  const given = isFromEnv ? input.trim() : normalizeSetupCode(input);
  const expected = isFromEnv ? code : normalizeSetupCode(code);
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
