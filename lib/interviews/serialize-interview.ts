import "server-only";
import type { Interview } from "@/db/schema";

/** The API shape of an interview: never the invite hash, never who created it internally. */
export function serializeInterview(interview: Interview) {
  const { inviteTokenHash: _hash, createdByUserId: _creator, ...visible } = interview;
  return visible;
}
