import "server-only";
import type { Interview } from "@/db/schema";
import { ApiError } from "@/lib/http/api-error";

/** Media and speech credentials only make sense while the candidate is answering. */
export function assertInterviewInProgress(interview: Pick<Interview, "status">): void {
  if (interview.status === "in_progress") return;
  throw new ApiError({
    code: "interview_not_in_progress",
    message:
      interview.status === "invited"
        ? "Start the interview first (POST /api/interviews/{id}/start)."
        : `The interview is "${interview.status}"; it no longer takes answers.`,
  });
}
