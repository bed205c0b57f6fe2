import "server-only";
import type { Interview } from "@/db/schema";
import { recordNoticeSeenIfMissing } from "@/lib/db/interview-preferences";
import { getInterviewNotice } from "./interview-notice";

/**
 * A candidate who starts without having sent their choices (an older page) read the notice as it
 * is now: it is recorded before the start, so every started interview names its notice.
 */
export async function recordNoticeAtStart(options: { interview: Interview }): Promise<void> {
  const { interview } = options;
  if (interview.status !== "invited" || interview.noticeHash !== null) return;
  const notice = await getInterviewNotice({ interview });
  await recordNoticeSeenIfMissing({
    interviewId: interview.id,
    noticeVersionId: notice.versionId,
    noticeHash: notice.hash,
  });
}
