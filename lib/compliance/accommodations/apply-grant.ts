// What a granted accommodation changes in the interview. Pure: the candidate view, the time limit
// and the tests read the same rules.
import type { StoredAccommodationGrant } from "@/db/schema/notice-and-accommodations";

type Grant = Pick<StoredAccommodationGrant, "kinds" | "answerTimeMultiplier"> | null;

/** A granted break adds this much to the interview's overall time limit. */
export const breakMinutes = 15;

/** The time the candidate has for each answer: the position's, times the granted multiplier. */
export function getEffectiveAnswerSeconds(answerSeconds: number, grant: Grant): number {
  return Math.round(answerSeconds * (grant?.answerTimeMultiplier ?? 1));
}

/** Typed answers only: no speech, no microphone check. */
export function isTypedOnly(grant: Grant): boolean {
  return grant?.kinds.includes("typed_only") ?? false;
}

/**
 * The interview's overall limit (MAX_INTERVIEW_DURATION_MINUTES): longer answers scale it by the
 * same multiplier, and a granted break adds 15 minutes.
 */
export function getInterviewLimitMinutes(baseMinutes: number, grant: Grant): number {
  const multiplier = grant?.answerTimeMultiplier ?? 1;
  const pause = grant?.kinds.includes("break") ? breakMinutes : 0;
  return baseMinutes * multiplier + pause;
}
