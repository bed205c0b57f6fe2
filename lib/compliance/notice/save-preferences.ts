import "server-only";
import type { Interview } from "@/db/schema";
import { interviewStartedError, saveInterviewPreferences } from "@/lib/db/interview-preferences";
import { DomainError } from "@/lib/domain-error";
import { notifyMembersOf } from "@/lib/notifications/notify-members";
import { getInterviewNotice } from "./interview-notice";
import type { PostPreferencesInput } from "./schemas";

/**
 * Stores the candidate's choices with the notice they answered. The hash they send must be the
 * notice rendered now: if the workspace changed the text since the page loaded, they are asked to
 * read it again, so the stored hash is of words they saw. An accommodation request tells the
 * hiring team (a notice each, a mail per their choice; queued, the route dispatches it).
 */
export async function saveCandidatePreferences(options: {
  interview: Interview;
  input: PostPreferencesInput;
}): Promise<Interview> {
  const { interview, input } = options;
  if (interview.status !== "invited") throw interviewStartedError();
  const notice = await getInterviewNotice({ interview });
  if (notice.hash !== input.noticeHash) {
    throw new DomainError({
      kind: "conflict",
      code: "notice_changed",
      message: "The notice has changed since it was loaded: read it again, then send your choices.",
    });
  }
  const saved = await saveInterviewPreferences({
    interviewId: interview.id,
    noticeVersionId: notice.versionId,
    noticeHash: notice.hash,
    aiScoring: input.aiScoring,
    accommodationRequest: input.accommodation
      ? { ...input.accommodation, requestedAt: new Date().toISOString() }
      : null,
  });
  if (input.accommodation) {
    await notifyMembersOf({
      kind: "accommodation_requested",
      companyId: interview.companyId,
      interviewId: interview.id,
    });
  }
  return saved;
}
