import "server-only";
import type { ContestStatus } from "@/db/schema";
import { visiblePositionIds } from "@/lib/auth/require-interview-access";
import type { MemberPrincipal } from "@/lib/auth/require-user";
import { listReviewQueue } from "@/lib/db/contests";
import { toReviewQueueItem } from "./contest-views";
import type { ReviewQueueItem } from "./schemas";

/** The most a queue shows at once: far more than a team answers in a day. */
const queueLimit = 200;

/** The member's review queue (an evaluator sees only their positions' contests). */
export async function getReviewQueue(options: {
  member: MemberPrincipal;
  status?: ContestStatus;
  interviewId?: string;
  now?: Date;
}): Promise<{ contests: ReviewQueueItem[] }> {
  const rows = await listReviewQueue({
    companyId: options.member.companyId,
    positionIds: visiblePositionIds(options.member),
    status: options.status,
    interviewId: options.interviewId,
    limit: queueLimit,
  });
  const now = options.now ?? new Date();
  return { contests: rows.map((row) => toReviewQueueItem(row, now)) };
}
