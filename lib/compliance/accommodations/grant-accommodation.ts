import "server-only";
import type { Interview } from "@/db/schema";
import { interviewStartedError, saveAccommodationGrant } from "@/lib/db/interview-preferences";
import type { GrantAccommodationInput } from "./schemas";

/**
 * The hiring team grants an accommodation before the start (a later grant would change an
 * interview under way); granting again replaces the grant, and the audit trail keeps both.
 */
export async function grantAccommodation(options: {
  interview: Interview;
  input: GrantAccommodationInput;
  actorUserId: string;
}): Promise<Interview> {
  if (options.interview.status !== "invited") throw interviewStartedError();
  return saveAccommodationGrant({
    interviewId: options.interview.id,
    companyId: options.interview.companyId,
    grant: {
      ...options.input,
      grantedAt: new Date().toISOString(),
      grantedByUserId: options.actorUserId,
    },
  });
}
