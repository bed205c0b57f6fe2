import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "@/lib/auth/auth-secret";
import { env } from "@/lib/env.mjs";

/** The app route that streams a locally stored recording to whoever holds a valid link. */
export const signedFilePath = "/api/recordings/file";

// A key of its own, derived from the auth secret: a link signature can never pass as a session or
// invite signature, and rotating the auth secret revokes every outstanding link.
function signingKey(): Buffer {
  return createHmac("sha256", getAuthSecret()).update("recording-file-link/v1").digest();
}

function sign(options: { key: string; expiresAtSeconds: number }): string {
  return createHmac("sha256", signingKey())
    .update(`${options.key}\n${options.expiresAtSeconds}`)
    .digest("base64url");
}

/**
 * A link to the local file route that names one key and expires; absolute when APP_URL is set
 * (exports leave the app), else relative (the report's player is same-origin).
 */
export function createSignedFileLink(options: {
  key: string;
  ttlSeconds: number;
  nowMs?: number;
}): string {
  const expiresAtSeconds = Math.floor((options.nowMs ?? Date.now()) / 1000) + options.ttlSeconds;
  const query = new URLSearchParams({
    key: options.key,
    exp: String(expiresAtSeconds),
    sig: sign({ key: options.key, expiresAtSeconds }),
  });
  const path = `${signedFilePath}?${query}`;
  return env.APP_URL ? new URL(path, env.APP_URL).toString() : path;
}

/** Whether a link's signature is ours for exactly this key and it has not expired. */
export function isSignedFileLinkValid(options: {
  key: string;
  expiresAtSeconds: number;
  signature: string;
  nowMs?: number;
}): boolean {
  if (options.expiresAtSeconds * 1000 <= (options.nowMs ?? Date.now())) return false;
  const expected = Buffer.from(sign(options));
  const given = Buffer.from(options.signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
