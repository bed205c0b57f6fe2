import "server-only";
import { isInviteUsable } from "@/lib/auth/assert-invite-usable";
import { hashToken, tokenPrefixes } from "@/lib/auth/tokens";
import { findInterviewByInviteTokenCached } from "@/lib/cache/cached-reads";
import { markLinkOpened } from "@/lib/invitations/mark-link-opened";
import { getCandidateView } from "./candidate-view";
import type { CandidateView } from "./schemas";

export type InviteLanding =
  | { state: "invalid" }
  | { state: "expired" }
  | { state: "ready"; view: CandidateView };

/** What the candidate's landing page shows for an invite token from the URL. */
export async function getInviteLanding(options: { inviteToken: string }): Promise<InviteLanding> {
  if (!options.inviteToken.startsWith(tokenPrefixes.invite)) return { state: "invalid" };
  const interview = await findInterviewByInviteTokenCached(hashToken(options.inviteToken));
  if (!interview) return { state: "invalid" };
  if (!isInviteUsable(interview)) return { state: "expired" };
  const view = await getCandidateView({ interview });
  if (!view) return { state: "invalid" };
  await markLinkOpened(interview);
  return { state: "ready", view };
}
