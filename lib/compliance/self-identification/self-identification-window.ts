import type { Interview, InterviewStatus } from "@/db/schema";
import { DomainError } from "@/lib/domain-error";

/** Asked only once the interview is over, so it can never sit beside the answers being given. */
export const selfIdentificationStatuses: readonly InterviewStatus[] = [
  "completed",
  "evaluating",
  "evaluated",
];

export function assertSelfIdentificationOpen(interview: Pick<Interview, "status">): void {
  if (!selfIdentificationStatuses.includes(interview.status)) {
    throw new DomainError({
      kind: "conflict",
      message: `Self-identification opens once the interview is over (status: ${interview.status}).`,
    });
  }
}
