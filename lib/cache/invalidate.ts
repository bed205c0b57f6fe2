import "server-only";
import { getCache } from "./get-cache";
import { cacheKeys } from "./keys";

// Called by every write that changes cached data, after its transaction commits.

export async function invalidateInterviewCache(interviewId: string): Promise<void> {
  await getCache().invalidate([
    cacheKeys.interview(interviewId),
    cacheKeys.interviewQuestions(interviewId),
    cacheKeys.report(interviewId),
  ]);
}

export async function invalidateCompanyCache(companyId: string): Promise<void> {
  await getCache().invalidate([cacheKeys.company(companyId)]);
}

export async function invalidatePositionCache(positionId: string): Promise<void> {
  await getCache().invalidate([cacheKeys.position(positionId)]);
}

export async function invalidateApiTokenCache(tokenHashes: string[]): Promise<void> {
  await getCache().invalidate(tokenHashes.map(cacheKeys.userByToken));
}

/** Pattern invalidation walks the keyspace with SCAN: for operators, not for hot write paths. */
export async function invalidateCacheByPattern(pattern: string): Promise<void> {
  await getCache().invalidatePattern(pattern);
}

/** A human review changes what the report shows: its cached copy goes. */
export async function invalidateReportCache(interviewId: string): Promise<void> {
  await getCache().invalidate([cacheKeys.report(interviewId)]);
}

/** A membership added, removed, re-roled or re-assigned: the member's next request sees it. */
export async function invalidateMembershipCache(companyId: string, userId: string): Promise<void> {
  await getCache().invalidate([cacheKeys.membership(companyId, userId)]);
}
