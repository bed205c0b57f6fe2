import type { Interview } from "@/db/schema";
import type { InterviewPreferencesView } from "./schemas";

/** The candidate's choices and the grant as the API and the recruiter's page show them. */
export function toInterviewPreferencesView(
  interview: Pick<
    Interview,
    | "aiScoring"
    | "preferencesAt"
    | "noticeVersionId"
    | "noticeHash"
    | "noticeSeenAt"
    | "accommodationRequest"
    | "accommodationGrant"
  >,
): InterviewPreferencesView {
  return {
    aiScoring: interview.aiScoring,
    preferencesAt: toIso(interview.preferencesAt),
    noticeVersionId: interview.noticeVersionId,
    noticeHash: interview.noticeHash,
    noticeSeenAt: toIso(interview.noticeSeenAt),
    accommodationRequest: interview.accommodationRequest,
    accommodationGrant: interview.accommodationGrant,
  };
}

function toIso(value: Date | null): string | null {
  return value?.toISOString() ?? null;
}
