import "server-only";
import { and, asc, desc, eq, inArray, lt, or, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  type Interview,
  type InterviewStatus,
  interviewQuestions,
  interviews,
  positions,
} from "@/db/schema";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import { invalidateInterviewCache } from "@/lib/cache/invalidate";
import { notFoundError } from "@/lib/domain-error";
import { assertInterviewStatusMoves } from "@/lib/interviews/interview-status";
import { selectQuestions } from "@/lib/interviews/select-questions";
import { lockPositionForInvites, noBankQuestionsError } from "./position-for-invites";

const dayMs = 24 * 60 * 60 * 1000;

export type CreateInterviewOptions = {
  companyId: string;
  createdByUserId: string | null;
  positionId: string;
  candidateEmail: string;
  candidateName: string;
  resumeText?: string | null;
  externalCandidateId?: string | null;
  externalApplicationId?: string | null;
  candidateTimeZone?: string | null;
  questionCount: number;
  inviteTtlDays: number;
  /** Exactly these bank questions, in this order, instead of a selection (the demo seed). */
  bankQuestionIds?: readonly string[];
};

/** Creates the interview, its invite and its questions in one transaction. */
export async function createInterview(options: CreateInterviewOptions) {
  const db = await getDb();
  const id = crypto.randomUUID();
  const inviteToken = generateToken("invite");
  return db.transaction(async (tx) => {
    const { position, bank } = await lockPositionForInvites(tx, { ...options, lock: "share" });
    const picked = options.bankQuestionIds
      ? options.bankQuestionIds.map((questionId) => {
          const question = bank.find((candidate) => candidate.id === questionId);
          if (!question) throw notFoundError("Question");
          return question;
        })
      : selectQuestions({
          bank,
          competencies: position.competencies,
          count: options.questionCount,
          seed: id,
        });
    if (picked.length === 0) throw noBankQuestionsError(position.language);

    const [interview] = await tx
      .insert(interviews)
      .values({
        id,
        companyId: options.companyId,
        positionId: position.id,
        createdByUserId: options.createdByUserId,
        candidateEmail: options.candidateEmail,
        candidateName: options.candidateName,
        resumeText: options.resumeText ?? null,
        externalCandidateId: options.externalCandidateId ?? null,
        externalApplicationId: options.externalApplicationId ?? null,
        candidateTimeZone: options.candidateTimeZone ?? null,
        inviteTokenHash: hashToken(inviteToken),
        inviteExpiresAt: new Date(Date.now() + options.inviteTtlDays * dayMs),
      })
      .returning();
    if (!interview) throw new Error("Inserting the interview returned no row.");
    await tx.insert(interviewQuestions).values(
      picked.map((question, index) => ({
        interviewId: id,
        bankQuestionId: question.id,
        order: index + 1,
        content: question.content,
        category: question.category,
        competency: question.competency,
      })),
    );
    return { interview, inviteToken, questionCount: picked.length };
  });
}

export async function getInterviewById(options: { id: string }): Promise<Interview | null> {
  const db = await getDb();
  const [row] = await db.select().from(interviews).where(eq(interviews.id, options.id)).limit(1);
  return row ?? null;
}

export async function getInterviewByInviteTokenHash(options: { tokenHash: string }) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(interviews)
    .where(eq(interviews.inviteTokenHash, options.tokenHash))
    .limit(1);
  return row ?? null;
}

/** Keyset pagination on (created_at, id): stable while new interviews arrive. */
export async function listInterviews(options: {
  companyId: string;
  status?: InterviewStatus[];
  positionId?: string;
  /** Only these positions' interviews (an evaluator's assignments); absent, every position's. */
  positionIds?: string[];
  externalCandidateId?: string | null;
  externalApplicationId?: string | null;
  /** Interviews for this company's positions that carry this ATS job id. */
  externalJobId?: string | null;
  limit: number;
  before?: { createdAt: Date; id: string };
}) {
  const db = await getDb();
  const filters: (SQL | undefined)[] = [eq(interviews.companyId, options.companyId)];
  if (options.positionIds) filters.push(inArray(interviews.positionId, options.positionIds));
  if (options.status?.length)
    filters.push(or(...options.status.map((s) => eq(interviews.status, s))));
  if (options.positionId) filters.push(eq(interviews.positionId, options.positionId));
  if (options.externalCandidateId)
    filters.push(eq(interviews.externalCandidateId, options.externalCandidateId));
  if (options.externalApplicationId)
    filters.push(eq(interviews.externalApplicationId, options.externalApplicationId));
  if (options.externalJobId) {
    const jobPositions = db
      .select({ id: positions.id })
      .from(positions)
      .where(
        and(
          eq(positions.companyId, options.companyId),
          eq(positions.externalJobId, options.externalJobId),
        ),
      );
    filters.push(inArray(interviews.positionId, jobPositions));
  }
  if (options.before) {
    const { createdAt, id } = options.before;
    filters.push(
      or(
        lt(interviews.createdAt, createdAt),
        and(eq(interviews.createdAt, createdAt), lt(interviews.id, id)),
      ),
    );
  }
  return db
    .select()
    .from(interviews)
    .where(and(...filters))
    .orderBy(desc(interviews.createdAt), desc(interviews.id))
    .limit(options.limit);
}

/**
 * Moves an interview from one of `from` to `to` in a single conditional UPDATE, so two racing
 * requests cannot both make the same transition. Returns null when the status did not match.
 * The only writer of an interview's status: it refuses any move `interviewStatusMoves` lacks.
 */
export async function transitionInterviewStatus(options: {
  id: string;
  /** Only this company's interview moves (a recruiter's request names it). */
  companyId?: string;
  from: readonly InterviewStatus[];
  to: InterviewStatus;
  changes?: Partial<
    Pick<
      Interview,
      | "startedAt"
      | "completedAt"
      | "evaluatedAt"
      | "failureReason"
      | "inviteTokenHash"
      | "inviteExpiresAt"
      | "linkOpenedAt"
    >
  >;
}): Promise<Interview | null> {
  assertInterviewStatusMoves(options);
  const db = await getDb();
  const [row] = await db
    .update(interviews)
    .set({ status: options.to, updatedAt: new Date(), ...options.changes })
    .where(
      and(
        eq(interviews.id, options.id),
        options.companyId ? eq(interviews.companyId, options.companyId) : undefined,
        inArray(interviews.status, [...options.from]),
      ),
    )
    .returning();
  if (row) await invalidateInterviewCache(options.id);
  return row ?? null;
}

/** Interviews still in progress that started before `startedBefore`, oldest first (partial index). */
export async function listOverdueInterviewIds(options: {
  startedBefore: Date;
  limit: number;
}): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: interviews.id })
    .from(interviews)
    .where(
      and(eq(interviews.status, "in_progress"), lt(interviews.startedAt, options.startedBefore)),
    )
    .orderBy(asc(interviews.startedAt))
    .limit(options.limit);
  return rows.map((row) => row.id);
}

/** The newest interviews a candidate may still open or be in, newest first. */
export async function listRecentActiveInterviewIds(options: { limit: number }): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: interviews.id })
    .from(interviews)
    .where(inArray(interviews.status, ["invited", "in_progress"]))
    .orderBy(desc(interviews.createdAt))
    .limit(options.limit);
  return rows.map((row) => row.id);
}
