import "server-only";
import { getCache } from "@/lib/cache/get-cache";
import { invalidateInterviewCache } from "@/lib/cache/invalidate";
import { cacheKeys } from "@/lib/cache/keys";
import { hashInterviewId } from "@/lib/compliance/decision-records/interview-id-hash";
import { type DeletionReason, eraseInterviewRows } from "@/lib/db/erase-interview";
import { listInterviewQuestions } from "@/lib/db/interview-questions";
import { notFoundError } from "@/lib/domain-error";
import { stopInterviewEgress } from "@/lib/media/egress-stop";
import { getRecordingStorage } from "@/lib/storage/get-recording-storage";
import { interviewRecordingsPrefix } from "@/lib/storage/recording-keys";
import { deleteSpeechOfTexts } from "@/lib/tts/delete-speech-of-texts";

/**
 * Deletes everything held about one interview, in an order that a crash leaves retryable: the
 * stored recordings first (found by the interview's prefix, so they need no row) and the spoken
 * clips of its follow-up questions (found by their texts, read while the rows are there), then
 * every row in one transaction with its audit row and its de-identified decision record, then the
 * cache entries. Throws not found when the interview is already gone, so a second request changes
 * nothing and leaves no second audit row.
 */
export async function eraseInterviewData(options: {
  interviewId: string;
  companyId?: string;
  requestedByUserId: string | null;
  reason: DeletionReason;
  /** The erase's time (the retention sweep's clock): the undecided record's retention runs from it. */
  now?: Date;
}) {
  // An interview erased mid-call must not go on being recorded from the room.
  await stopInterviewEgress({ interviewId: options.interviewId });
  const storage = getRecordingStorage();
  const prefix = interviewRecordingsPrefix(options.interviewId);
  const recordingFiles = await storage.deletePrefix(prefix);
  // A follow-up is written from the candidate's answers and may quote them; a main question is the
  // company's text, shared by every interview that asks it, and stays.
  const followUpTexts = (await listInterviewQuestions({ interviewId: options.interviewId }))
    .filter((question) => question.followUpNumber > 0)
    .map((question) => question.content);
  const speechClips = await deleteSpeechOfTexts({ texts: followUpTexts });
  const { now, ...target } = options;
  const erased = await eraseInterviewRows({
    ...target,
    alsoRemoved: { recordingFiles, speechClips },
    decisionRecord: {
      interviewIdHash: hashInterviewId(options.interviewId),
      erasedAt: now ?? new Date(),
    },
  });
  if (!erased) throw notFoundError("Interview");
  // A chunk upload or a clip synthesis that passed its checks just before the rows went may have
  // landed since.
  await storage.deletePrefix(prefix);
  await deleteSpeechOfTexts({ texts: followUpTexts });
  // After the commit, like every invalidation: a load that began earlier cannot write back.
  await invalidateInterviewCache(options.interviewId);
  await getCache().invalidate([cacheKeys.interviewIdByInvite(erased.inviteTokenHash)]);
  return erased.deletion;
}
