import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type Evaluation, evaluations, type NewEvaluation } from "@/db/schema";

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
