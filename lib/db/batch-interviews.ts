import "server-only";
import { and, eq, inArray, notInArray } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { type Interview, interviewQuestions, interviews } from "@/db/schema";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import { selectQuestions } from "@/lib/interviews/select-questions";
import { lockPositionForInvites, noBankQuestionsError } from "./position-for-invites";

const dayMs = 24 * 60 * 60 * 1000;
// Well under Postgres's 65,535 bind parameters per statement for both tables' column counts.
const interviewsPerInsert = 500;
const questionsPerInsert = 2000;

export type BatchInterviewInput = {
  row: number;
  candidateEmail: string;
  candidateName: string;
  resumeText: string | null;
  externalCandidateId: string | null;
  externalApplicationId: string | null;
  candidateTimeZone: string | null;
};

/** Addresses among `emails` that already have a live (not expired or failed) interview here. */
async function listTakenEmails(
  db: Queryable,
  options: { companyId: string; positionId: string; emails: string[] },
): Promise<Set<string>> {
  if (options.emails.length === 0) return new Set();
  const rows = await db
    .select({ email: interviews.candidateEmail })
    .from(interviews)
    .where(
      and(
        eq(interviews.companyId, options.companyId),
        eq(interviews.positionId, options.positionId),
        inArray(interviews.candidateEmail, options.emails),
        notInArray(interviews.status, ["expired", "failed"]),
      ),
    );
  return new Set(rows.map((row) => row.email));
}

/**
 * Creates one interview per row, each with its own pick from the bank (as `createInterview`
 * picks), in one transaction with a few multi-row inserts. The position is locked for update, so
 * two batches for one position cannot both invite the same address. Rows whose address already
 * has a live interview for the position are returned in `takenRows`, not created; with `dryRun`
 * nothing is written and only `takenRows` is answered.
 */
export async function createInterviewsInBatch(options: {
  companyId: string;
  positionId: string;
  createdByUserId: string | null;
  questionCount: number;
  inviteTtlDays: number;
  rows: readonly BatchInterviewInput[];
  dryRun: boolean;
}) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { position, bank } = await lockPositionForInvites(tx, { ...options, lock: "update" });
    if (bank.length === 0) throw noBankQuestionsError(position.language);
    const taken = await listTakenEmails(tx, {
      companyId: options.companyId,
      positionId: position.id,
      emails: options.rows.map((row) => row.candidateEmail),
    });
    const takenRows = options.rows.filter((row) => taken.has(row.candidateEmail));
    const toCreate = options.rows.filter((row) => !taken.has(row.candidateEmail));
    if (options.dryRun) return { created: [], takenRows };

    const inviteExpiresAt = new Date(Date.now() + options.inviteTtlDays * dayMs);
    const planned = toCreate.map(({ row, ...candidate }) => {
      const id = crypto.randomUUID();
      const inviteToken = generateToken("invite");
      const picked = selectQuestions({
        bank,
        competencies: position.competencies,
        count: options.questionCount,
        seed: id,
      });
      const values = {
        ...candidate,
        id,
        companyId: options.companyId,
        positionId: position.id,
        createdByUserId: options.createdByUserId,
        inviteTokenHash: hashToken(inviteToken),
        inviteExpiresAt,
      };
      const questions = picked.map((question, index) => ({
        interviewId: id,
        bankQuestionId: question.id,
        order: index + 1,
        content: question.content,
        category: question.category,
        competency: question.competency,
      }));
      return { row, inviteToken, values, questions };
    });

    const inserted: Interview[] = [];
    for (const chunk of chunks(planned, interviewsPerInsert)) {
      inserted.push(
        ...(await tx
          .insert(interviews)
          .values(chunk.map((plan) => plan.values))
          .returning()),
      );
    }
    for (const chunk of chunks(
      planned.flatMap((plan) => plan.questions),
      questionsPerInsert,
    )) {
      await tx.insert(interviewQuestions).values(chunk);
    }
    const byId = new Map(inserted.map((interview) => [interview.id, interview]));
    const created = planned.map((plan) => {
      const interview = byId.get(plan.values.id);
      if (!interview) throw new Error("A batch insert returned fewer rows than it was given.");
      return { row: plan.row, interview, inviteToken: plan.inviteToken };
    });
    return { created, takenRows };
  });
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size));
  }
  return result;
}
