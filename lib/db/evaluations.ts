import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type Evaluation, evaluations, interviews, type NewEvaluation } from "@/db/schema";

export async function getEvaluation(options: {
  questionId: string;
  rubricVersion: string;
}): Promise<Evaluation | null> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(evaluations)
    .where(
      and(
        eq(evaluations.questionId, options.questionId),
        eq(evaluations.rubricVersion, options.rubricVersion),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** One row per answer and rubric version; a changed answer replaces its evaluation. */
export async function saveEvaluation(values: NewEvaluation): Promise<Evaluation> {
  const db = await getDb();
  const { questionId: _q, rubricVersion: _r, interviewId: _i, ...changes } = values;
  const [row] = await db
    .insert(evaluations)
    .values(values)
    .onConflictDoUpdate({
      target: [evaluations.questionId, evaluations.rubricVersion],
      set: changes,
    })
    .returning();
  if (!row) throw new Error("Saving the evaluation returned no row.");
  return row;
}

/**
 * A trusted model evaluation of the same normalised answer to the same bank question under the
 * same rubric version, from another interview of the same company (oldest first, so every reuse
 * points at one original).
 */
export async function findReusableEvaluation(options: {
  bankQuestionId: string;
  rubricVersion: string;
  answerHash: string;
  companyId: string;
  excludeInterviewId: string;
}): Promise<Evaluation | null> {
  const db = await getDb();
  const [row] = await db
    .select({ evaluation: evaluations })
    .from(evaluations)
    .innerJoin(interviews, eq(interviews.id, evaluations.interviewId))
    .where(
      and(
        eq(evaluations.bankQuestionId, options.bankQuestionId),
        eq(evaluations.rubricVersion, options.rubricVersion),
        eq(evaluations.answerHash, options.answerHash),
        eq(evaluations.status, "scored"),
        eq(evaluations.provider, "openai"),
        eq(interviews.companyId, options.companyId),
        ne(evaluations.interviewId, options.excludeInterviewId),
      ),
    )
    .orderBy(asc(evaluations.createdAt))
    .limit(1);
  return row?.evaluation ?? null;
}
