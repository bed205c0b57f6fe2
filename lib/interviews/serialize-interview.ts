import "server-only";
import type { Interview } from "@/db/schema";

/** The API shape of an interview: never the invite hash, never who created it internally. */
export function serializeInterview(interview: Interview) {
  const { inviteTokenHash: _hash, createdByUserId: _creator, ...visible } = interview;
  return visible;
}

/**
 * What the candidate's own calls get: their page needs none of what the recruiter entered about
 * them, and an invite link forwarded or left in a browser history must not hand out the résumé.
 */
export function serializeInterviewForCandidate(interview: Interview) {
  const {
    candidateEmail: _email,
    resumeText: _resume,
    sttTokensGranted: _granted,
    ...visible
  } = serializeInterview(interview);
  return visible;
}
