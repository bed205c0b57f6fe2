import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { type DbTransaction, getDb } from "@/db/client";
import {
  type Contest,
  type ContestKind,
  type ContestStatus,
  contests,
  interviewQuestions,
  interviews,
  positions,
  reviewAudit,
} from "@/db/schema";
import { DomainError, notFoundError } from "@/lib/domain-error";
import { insertReviewAudit, lockReviewSubject } from "./review-audit";

/** How the audit trail names a contest's subject: the answer it is about, or the whole result. */
function contestSubject(questionOrder: number | null): string {
  return questionOrder === null ? "the result" : `Question ${questionOrder}`;
}

async function questionOrderOf(tx: DbTransaction, questionId: string | null) {
  if (!questionId) return null;
  const [row] = await tx
    .select({ order: interviewQuestions.order })
    .from(interviewQuestions)
    .where(eq(interviewQuestions.id, questionId));
  return row?.order ?? null;
}

/**
 * Opens a contest and its audit row together. The count of open contests is read under the
 * interview's review lock, so two sends at once cannot both pass the cap.
 */
export async function insertContest(options: {
  companyId: string;
  interviewId: string;
  questionId: string | null;
  kind: ContestKind;
  message: string;
  dueAt: Date;
  explanationLinkCiphertext: string | null;
  maxOpen: number;
}): Promise<Contest> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockReviewSubject(tx, options.interviewId);
    const [open] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(contests)
      .where(and(eq(contests.interviewId, options.interviewId), eq(contests.status, "open")));
    if ((open?.count ?? 0) >= options.maxOpen) {
      throw new DomainError({
        kind: "conflict",
        code: "contest_limit_reached",
        message: `At most ${options.maxOpen} requests can wait for an answer at once; wait for one to be answered.`,
      });
    }
    const { maxOpen: _max, ...values } = options;
    const [contest] = await tx.insert(contests).values(values).returning();
    if (!contest) throw new Error("Inserting the contest returned no row.");
    // The candidate acts without an account: the trail names them by role, never by name.
    await tx.insert(reviewAudit).values({
      companyId: options.companyId,
      interviewId: options.interviewId,
      actorUserId: null,
      actorName: "The candidate",
      action: "open_contest",
      subject: contestSubject(await questionOrderOf(tx, options.questionId)),
      before: null,
      after: { status: "open", kind: options.kind },
      reason: options.message,
    });
    return contest;
  });
}

/**
 * Answers an open contest once: the update only matches while it is open, so of two answers at
 * once exactly one lands (the other gets `contest_answered`).
 */
export async function answerContest(options: {
  companyId: string;
  contestId: string;
  answer: string;
  actorUserId: string;
  now?: Date;
}): Promise<Contest> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [answered] = await tx
      .update(contests)
      .set({
        status: "answered",
        answer: options.answer,
        answeredByUserId: options.actorUserId,
        answeredAt: options.now ?? new Date(),
      })
      .where(
        and(
          eq(contests.id, options.contestId),
          eq(contests.companyId, options.companyId),
          eq(contests.status, "open"),
        ),
      )
      .returning();
    if (!answered) {
      const [existing] = await tx
        .select({ id: contests.id })
        .from(contests)
        .where(and(eq(contests.id, options.contestId), eq(contests.companyId, options.companyId)));
      if (!existing) throw notFoundError("Contest");
      throw new DomainError({
        kind: "conflict",
        code: "contest_answered",
        message: "This contest has already been answered.",
      });
    }
    await insertReviewAudit(tx, {
      companyId: options.companyId,
      interviewId: answered.interviewId,
      actorUserId: options.actorUserId,
      action: "answer_contest",
      subject: contestSubject(await questionOrderOf(tx, answered.questionId)),
      before: { status: "open", kind: answered.kind },
      after: { status: "answered", kind: answered.kind },
      reason: options.answer,
    });
    return answered;
  });
}

/** A contest of the workspace with the interview it is about, or null. */
export async function getContestOfCompany(options: { companyId: string; contestId: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ contest: contests, positionId: interviews.positionId })
    .from(contests)
    .innerJoin(interviews, eq(interviews.id, contests.interviewId))
    .where(and(eq(contests.id, options.contestId), eq(contests.companyId, options.companyId)));
  return row ?? null;
}

/** One interview's contests, oldest first (the candidate's page and the interview page). */
export async function listContestsOfInterview(options: { interviewId: string }) {
  const db = await getDb();
  return db
    .select()
    .from(contests)
    .where(eq(contests.interviewId, options.interviewId))
    .orderBy(asc(contests.createdAt), asc(contests.id));
}

/**
 * The review queue: open contests first, soonest due first; answered ones after, latest answer
 * first. `positionIds` limits it to those positions (an evaluator's assignments).
 */
export async function listReviewQueue(options: {
  companyId: string;
  positionIds?: readonly string[];
  status?: ContestStatus;
  interviewId?: string;
  limit: number;
}) {
  if (options.positionIds?.length === 0) return [];
  const db = await getDb();
  return db
    .select({
      id: contests.id,
      interviewId: contests.interviewId,
      positionId: positions.id,
      positionTitle: positions.title,
      candidateName: interviews.candidateName,
      questionId: contests.questionId,
      questionOrder: interviewQuestions.order,
      kind: contests.kind,
      message: contests.message,
      status: contests.status,
      dueAt: contests.dueAt,
      createdAt: contests.createdAt,
      answer: contests.answer,
      answeredAt: contests.answeredAt,
    })
    .from(contests)
    .innerJoin(interviews, eq(interviews.id, contests.interviewId))
    .innerJoin(positions, eq(positions.id, interviews.positionId))
    .leftJoin(interviewQuestions, eq(interviewQuestions.id, contests.questionId))
    .where(
      and(
        eq(contests.companyId, options.companyId),
        options.positionIds ? inArray(interviews.positionId, [...options.positionIds]) : undefined,
        options.status ? eq(contests.status, options.status) : undefined,
        options.interviewId ? eq(contests.interviewId, options.interviewId) : undefined,
      ),
    )
    .orderBy(
      sql`case when ${contests.status} = 'open' then 0 else 1 end`,
      sql`case when ${contests.status} = 'open' then ${contests.dueAt} end asc`,
      desc(contests.answeredAt),
      asc(contests.id),
    )
    .limit(options.limit);
}

export type ReviewQueueRow = Awaited<ReturnType<typeof listReviewQueue>>[number];
