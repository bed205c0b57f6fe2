import type { Contest } from "@/db/schema";
import type { ReviewQueueRow } from "@/lib/db/contests";
import type { CandidateContest, ReviewQueueItem } from "./schemas";

/** A contest as its candidate reads it: what they sent and the answer, never who answered. */
export function toCandidateContest(contest: Contest): CandidateContest {
  return {
    id: contest.id,
    kind: contest.kind,
    questionId: contest.questionId,
    message: contest.message,
    status: contest.status,
    dueAt: contest.dueAt.toISOString(),
    createdAt: contest.createdAt.toISOString(),
    answer: contest.answer,
    answeredAt: contest.answeredAt?.toISOString() ?? null,
  };
}

/** An item of the review queue; an open one past its due date is overdue. */
export function toReviewQueueItem(row: ReviewQueueRow, now: Date): ReviewQueueItem {
  return {
    id: row.id,
    interviewId: row.interviewId,
    positionId: row.positionId,
    positionTitle: row.positionTitle,
    candidateName: row.candidateName,
    kind: row.kind,
    questionId: row.questionId,
    questionOrder: row.questionOrder,
    message: row.message,
    status: row.status,
    dueAt: row.dueAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    answer: row.answer,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    isOverdue: row.status === "open" && row.dueAt <= now,
  };
}
