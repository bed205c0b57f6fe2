import "server-only";
import { createHmac, hkdfSync } from "node:crypto";
import { getAuthSecret } from "@/lib/auth/auth-secret";

// Its own key derived from the auth secret, so the hash is no stand-in for a session or link
// key. Derived once per process: the in-memory mode makes a new secret on each getAuthSecret call.
let cachedKey: Buffer | null = null;
function hashKey(): Buffer {
  cachedKey ??= Buffer.from(
    hkdfSync("sha256", getAuthSecret(), "", "decision-records/interview-id", 32),
  );
  return cachedKey;
}

/**
 * HMAC-SHA256 of the interview id, hex: the decision record's only link to the interview. The
 * same id always gives the same hash, so an auditor who holds an id (from an ATS, a letter) can
 * find its record; the record alone does not give the id back.
 */
export function hashInterviewId(interviewId: string): string {
  return createHmac("sha256", hashKey()).update(interviewId.toLowerCase()).digest("hex");
}
