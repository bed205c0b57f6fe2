import "server-only";

// One prefix for every key this app writes, so pattern invalidation and stats never touch others.
const prefix = "iv";

/** Time to live per kind (from the system this replaces): one table, one place. */
export const cacheTtlSeconds = {
  question: 60 * 60,
  company: 2 * 60 * 60,
  position: 2 * 60 * 60,
  // API-token users: a role change or a removed user must take effect within minutes.
  user: 2 * 60,
  // Membership (role and assigned positions): every change invalidates it, the TTL is a backstop.
  member: 10 * 60,
  interview: 10 * 60,
  // Invite token → interview id never changes; whether the invite still works is read from the
  // interview entry, which every status or invite change invalidates.
  invite: 10 * 60,
  report: 30 * 60,
} as const;

export type CacheKind = keyof typeof cacheTtlSeconds;
export const cacheKinds = Object.keys(cacheTtlSeconds) as CacheKind[];

export const cacheKeys = {
  interviewQuestions: (interviewId: string) => `${prefix}:interview:${interviewId}:questions`,
  interview: (interviewId: string) => `${prefix}:interview:${interviewId}:state`,
  report: (interviewId: string) => `${prefix}:interview:${interviewId}:report`,
  company: (companyId: string) => `${prefix}:company:${companyId}`,
  position: (positionId: string) => `${prefix}:position:${positionId}`,
  userByToken: (tokenHash: string) => `${prefix}:user:token:${tokenHash}`,
  membership: (companyId: string, userId: string) => `${prefix}:member:${companyId}:${userId}`,
  interviewIdByInvite: (tokenHash: string) => `${prefix}:invite:token:${tokenHash}`,
  /** Every key of one interview (state, questions, report). */
  interviewPattern: (interviewId: string) => `${prefix}:interview:${interviewId}:*`,
  /** The cache's own hit/miss counters. */
  stats: () => `${prefix}:stats`,
  /** Service metrics (lib/metrics): API responses, rate-limit and spend-limit refusals. */
  metrics: () => `${prefix}:metrics`,
  /** Bumped on every invalidation; a load that started before it must not write its result. */
  generation: (key: string) => `${key}:gen`,
};
