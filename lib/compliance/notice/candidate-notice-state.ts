import "server-only";
import { getInterviewCached } from "@/lib/cache/cached-reads";
import { getInterviewNotice } from "./interview-notice";
import type { CandidateNoticeState } from "./notice-state";

/**
 * What the candidate page shows above consent while the interview is invited: the notice as
 * rendered now and the choices already sent (prefilled; sending again replaces them).
 */
export async function getCandidateNoticeState(options: {
  interviewId: string;
}): Promise<CandidateNoticeState | null> {
  const interview = await getInterviewCached(options.interviewId);
  if (interview?.status !== "invited") return null;
  const notice = await getInterviewNotice({ interview });
  return {
    hash: notice.hash,
    title: notice.title,
    paragraphs: notice.paragraphs,
    aiScoring: interview.aiScoring,
    hasSentChoices: interview.preferencesAt !== null,
    request: interview.accommodationRequest && {
      kinds: interview.accommodationRequest.kinds,
      note: interview.accommodationRequest.note,
    },
    isGranted: interview.accommodationGrant !== null,
  };
}
