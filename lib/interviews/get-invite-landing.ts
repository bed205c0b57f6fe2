import "server-only";
import type { InterviewStatus, RecordingMode } from "@/db/schema";
import { isInviteUsable } from "@/lib/auth/assert-invite-usable";
import { hashToken, tokenPrefixes } from "@/lib/auth/tokens";
import { getInterviewOverview } from "@/lib/db/interview-overview";
import { getInterviewByInviteTokenHash } from "@/lib/db/interviews";

export type InviteLanding =
  | { state: "invalid" }
  | { state: "expired" }
  | {
      state: "ready";
      interviewId: string;
      status: InterviewStatus;
      startedAt: string | null;
      failureReason: string | null;
      candidateName: string;
      company: { name: string; recordingMode: RecordingMode };
      /** The candidate already agreed to be recorded (a reload after the consent screen). */
      isRecordingConsented: boolean;
      position: { title: string; language: string; answerSeconds: number };
      questionCount: number;
    };

/** What the candidate's landing page shows for an invite token from the URL. */
export async function getInviteLanding(options: { inviteToken: string }): Promise<InviteLanding> {
  if (!options.inviteToken.startsWith(tokenPrefixes.invite)) return { state: "invalid" };
  const interview = await getInterviewByInviteTokenHash({
    tokenHash: hashToken(options.inviteToken),
  });
  if (!interview) return { state: "invalid" };
  if (!isInviteUsable(interview)) return { state: "expired" };
  const overview = await getInterviewOverview({ interview });
  if (!overview) return { state: "invalid" };
  return {
    state: "ready",
    interviewId: interview.id,
    status: interview.status,
    startedAt: interview.startedAt?.toISOString() ?? null,
    failureReason: interview.failureReason,
    candidateName: interview.candidateName,
    company: { name: overview.company.name, recordingMode: overview.company.recordingMode },
    isRecordingConsented: interview.recordingConsentedAt !== null,
    position: {
      title: overview.position.title,
      language: overview.position.language,
      answerSeconds: overview.position.answerSeconds,
    },
    questionCount: overview.questionCount,
  };
}
