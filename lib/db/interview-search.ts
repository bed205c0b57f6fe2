import "server-only";
import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { hiringDecisions, type InterviewStatus, interviews, positions, reports } from "@/db/schema";

export const interviewSorts = ["newest", "oldest", "name", "score", "status"] as const;
export type InterviewSort = (typeof interviewSorts)[number];

/** `%` and `_` in what a recruiter types are letters, not wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * A report a person must look at (flagged answers, or no hire band from the offline scorer) and no
 * decision recorded yet; or an interview without AI scoring, evaluated and awaiting its scorecard
 * and decision. False otherwise when there is no report.
 */
const needsReview = sql<boolean>`coalesce((${reports.needsReview} or ${reports.recommendation} = 'needs_review') and ${hiringDecisions.interviewId} is null, not ${interviews.aiScoring} and ${interviews.status} = 'evaluated' and ${hiringDecisions.interviewId} is null)`;

const orderBySort: Record<InterviewSort, SQL[]> = {
  newest: [desc(interviews.createdAt), desc(interviews.id)],
  oldest: [asc(interviews.createdAt), asc(interviews.id)],
  name: [asc(interviews.candidateName), desc(interviews.createdAt)],
  // Unscored interviews sort last whichever way scores go.
  score: [sql`${reports.overallScore} desc nulls last`, desc(interviews.createdAt)],
  status: [asc(interviews.status), desc(interviews.createdAt)],
};

/**
 * The recruiter's interview list: filtered by status and position, searched by candidate name or
 * email, with the position's title and the report's score when there is one. Bounded by `limit`.
 */
export async function searchInterviews(options: {
  companyId: string;
  /** Only these positions (an evaluator's assignments); absent, every position. */
  positionIds?: string[];
  statuses?: InterviewStatus[];
  positionId?: string;
  query?: string;
  sort: InterviewSort;
  limit: number;
  /** Interviews waiting for a human review first (the dashboard), then the chosen sort. */
  isReviewFirst?: boolean;
}) {
  const db = await getDb();
  const filters: (SQL | undefined)[] = [eq(interviews.companyId, options.companyId)];
  if (options.positionIds) filters.push(inArray(interviews.positionId, options.positionIds));
  if (options.statuses?.length) filters.push(inArray(interviews.status, options.statuses));
  if (options.positionId) filters.push(eq(interviews.positionId, options.positionId));
  const query = options.query?.trim();
  if (query) {
    const pattern = `%${escapeLike(query)}%`;
    filters.push(
      or(ilike(interviews.candidateName, pattern), ilike(interviews.candidateEmail, pattern)),
    );
  }
  return db
    .select({
      id: interviews.id,
      candidateName: interviews.candidateName,
      candidateEmail: interviews.candidateEmail,
      status: interviews.status,
      createdAt: interviews.createdAt,
      inviteExpiresAt: interviews.inviteExpiresAt,
      linkOpenedAt: interviews.linkOpenedAt,
      positionId: interviews.positionId,
      positionTitle: positions.title,
      overallScore: reports.overallScore,
      recommendation: reports.recommendation,
      aiScoring: interviews.aiScoring,
      needsReview,
    })
    .from(interviews)
    .innerJoin(positions, eq(positions.id, interviews.positionId))
    .leftJoin(reports, eq(reports.interviewId, interviews.id))
    .leftJoin(hiringDecisions, eq(hiringDecisions.interviewId, interviews.id))
    .where(and(...filters))
    .orderBy(
      ...(options.isReviewFirst ? [sql`${needsReview} desc`] : []),
      ...orderBySort[options.sort],
    )
    .limit(options.limit);
}
