import "server-only";
import type { Contest } from "@/db/schema";
import { memberSeesPosition } from "@/lib/auth/require-interview-access";
import type { MemberPrincipal } from "@/lib/auth/require-user";
import { getCompanyCached, getPositionCached } from "@/lib/cache/cached-reads";
import { answerContest, getContestOfCompany } from "@/lib/db/contests";
import { getInterviewById } from "@/lib/db/interviews";
import { notFoundError } from "@/lib/domain-error";
import { env } from "@/lib/env.mjs";
import { queueMail } from "@/lib/mail/queue-mail";
import { localeOfPosition } from "@/lib/notifications/notification-links";
import { openExplanationLink } from "./explanation-link";

/**
 * Answers a contest of the member's workspace once, records it in the audit trail, and queues the
 * answer's mail to the candidate in the position's language (the caller dispatches it). A contest
 * of a position the member does not see is answered as missing.
 */
export async function answerContestAndMail(options: {
  member: MemberPrincipal;
  contestId: string;
  answer: string;
  req: Request;
}): Promise<Contest> {
  const { member } = options;
  const found = await getContestOfCompany({
    companyId: member.companyId,
    contestId: options.contestId,
  });
  if (!found || !memberSeesPosition(member, found.positionId)) throw notFoundError("Contest");
  const contest = await answerContest({
    companyId: member.companyId,
    contestId: options.contestId,
    answer: options.answer,
    actorUserId: member.userId,
  });
  await queueAnswerMail({ contest, req: options.req });
  return contest;
}

async function queueAnswerMail(options: { contest: Contest; req: Request }) {
  const { contest } = options;
  const interview = await getInterviewById({ id: contest.interviewId });
  if (!interview) return;
  const [company, position] = await Promise.all([
    getCompanyCached(interview.companyId),
    getPositionCached(interview.positionId),
  ]);
  // A link sealed under an earlier secret no longer opens: the mail then points at the app.
  const link =
    openExplanationLink(contest.explanationLinkCiphertext) ??
    new URL("/", env.APP_URL ?? options.req.url).toString();
  await queueMail({
    kind: "contest-answer",
    to: interview.candidateEmail,
    locale: localeOfPosition(position?.language ?? "en"),
    companyId: interview.companyId,
    interviewId: interview.id,
    props: {
      candidateName: interview.candidateName,
      companyName: company?.name ?? "",
      positionTitle: position?.title ?? "",
      answer: contest.answer ?? "",
      link,
    },
  });
}
