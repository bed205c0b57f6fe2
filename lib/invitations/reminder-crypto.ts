import "server-only";
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from "node:crypto";
import { getAuthSecret } from "@/lib/auth/auth-secret";

// Keys derived from the auth secret, one per purpose, so neither can stand in for the other or
// for a session key. Derived once per process: the embedded in-memory mode makes a new secret on
// each call of getAuthSecret.
const keys = new Map<string, Buffer>();
function derivedKey(purpose: string): Buffer {
  let key = keys.get(purpose);
  if (!key) {
    key = Buffer.from(
      hkdfSync("sha256", getAuthSecret(), "", `interview-reminders/${purpose}`, 32),
    );
    keys.set(purpose, key);
  }
  return key;
}

/** The invite link (it bears the token), AES-256-GCM: iv (12) · tag (16) · ciphertext, base64url. */
export function encryptInviteLink(inviteLink: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derivedKey("invite-token"), iv);
  const body = Buffer.concat([cipher.update(inviteLink, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/** The link, or null when the ciphertext was made with another secret or altered. */
export function decryptInviteLink(ciphertext: string): string | null {
  const raw = Buffer.from(ciphertext, "base64url");
  if (raw.length < 29) return null;
  try {
    const decipher = createDecipheriv(
      "aes-256-gcm",
      derivedKey("invite-token"),
      raw.subarray(0, 12),
    );
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** The opt-out link's token: the interview's id and its HMAC, good for as long as the secret. */
export function signOptOutToken(interviewId: string): string {
  return `${interviewId}.${optOutMac(interviewId)}`;
}

/** The interview an opt-out token names, or null when it was not signed here. */
export function verifyOptOutToken(token: string): string | null {
  const [interviewId, mac] = token.split(".");
  if (!interviewId || !mac) return null;
  const expected = Buffer.from(optOutMac(interviewId));
  const given = Buffer.from(mac);
  if (expected.length !== given.length) return null;
  return timingSafeEqual(expected, given) ? interviewId : null;
}

function optOutMac(interviewId: string): string {
  return createHmac("sha256", derivedKey("opt-out")).update(interviewId).digest("base64url");
}
