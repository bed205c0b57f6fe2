import "server-only";
import type { Company, Interview, InterviewQuestion, Position } from "@/db/schema";
import { findUserByApiToken } from "@/lib/db/api-tokens";
import { getCompanyById } from "@/lib/db/companies";
import { listInterviewQuestions } from "@/lib/db/interview-questions";
import { getInterviewById, getInterviewByInviteTokenHash } from "@/lib/db/interviews";
import { getMembership, type Membership } from "@/lib/db/members";
import { getPositionById } from "@/lib/db/positions";
import { getReportWithEvaluations } from "@/lib/db/reports";
import {
  cachedCompanySchema,
  cachedInterviewIdSchema,
  cachedInterviewSchema,
  cachedMembershipSchema,
  cachedPositionSchema,
  cachedQuestionsSchema,
  cachedReportSchema,
  cachedTokenUserSchema,
} from "./cached-schemas";
import { getCache } from "./get-cache";
import { cacheKeys } from "./keys";

// Cache-aside reads: each names its kind (for TTL and stats), its key, and the database loader.

export function getInterviewCached(id: string): Promise<Interview | null> {
  return getCache().readThrough({
    kind: "interview",
    key: cacheKeys.interview(id),
    schema: cachedInterviewSchema.nullable(),
    load: () => getInterviewById({ id }),
  });
}

export function listInterviewQuestionsCached(interviewId: string): Promise<InterviewQuestion[]> {
  return getCache().readThrough({
    kind: "question",
    key: cacheKeys.interviewQuestions(interviewId),
    schema: cachedQuestionsSchema,
    load: () => listInterviewQuestions({ interviewId }),
  });
}

export function getCompanyCached(id: string): Promise<Company | null> {
  return getCache().readThrough({
    kind: "company",
    key: cacheKeys.company(id),
    schema: cachedCompanySchema.nullable(),
    load: () => getCompanyById({ id }),
  });
}

export function getPositionCached(id: string): Promise<Position | null> {
  return getCache().readThrough({
    kind: "position",
    key: cacheKeys.position(id),
    schema: cachedPositionSchema.nullable(),
    load: () => getPositionById({ id }),
  });
}

export function getReportCached(interviewId: string) {
  return getCache().readThrough({
    kind: "report",
    key: cacheKeys.report(interviewId),
    schema: cachedReportSchema,
    load: () => getReportWithEvaluations({ interviewId }),
  });
}

export function getMembershipCached(companyId: string, userId: string): Promise<Membership | null> {
  return getCache().readThrough({
    kind: "member",
    key: cacheKeys.membership(companyId, userId),
    schema: cachedMembershipSchema,
    load: () => getMembership({ companyId, userId }),
  });
}

/** The user behind an API token; an expired token is refused even when its entry is cached. */
export async function findUserByApiTokenCached(tokenHash: string) {
  const user = await getCache().readThrough({
    kind: "user",
    key: cacheKeys.userByToken(tokenHash),
    schema: cachedTokenUserSchema,
    load: () => findUserByApiToken({ tokenHash }),
  });
  if (!user || (user.expiresAt && user.expiresAt <= new Date())) return null;
  return user;
}

/**
 * The interview an invite token opens, or null. Only token → id is cached under the token: the
 * interview itself comes from its own entry, which every status change, expiry and re-issue
 * invalidates, so a withdrawn or replaced invite stops working at once.
 */
export async function findInterviewByInviteTokenCached(tokenHash: string) {
  const interviewId = await getCache().readThrough({
    kind: "invite",
    key: cacheKeys.interviewIdByInvite(tokenHash),
    schema: cachedInterviewIdSchema,
    load: async () => (await getInterviewByInviteTokenHash({ tokenHash }))?.id ?? null,
  });
  if (!interviewId) return null;
  const interview = await getInterviewCached(interviewId);
  // A re-issued invite keeps its old id entry until it expires; the interview names the live token.
  if (!interview || interview.inviteTokenHash !== tokenHash) return null;
  return interview;
}
