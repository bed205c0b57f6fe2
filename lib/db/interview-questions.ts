import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type InterviewQuestion, interviewQuestions } from "@/db/schema";
import { invalidateInterviewCache } from "@/lib/cache/invalidate";
import { DomainError } from "@/lib/domain-error";
import { lockInterviewInStatus } from "./lock-interview-status";

const editableBeforeStart = {
  allowed: ["invited"],
  refusal: "Questions can only be changed before the candidate starts",
} as const;

/** Every question in the order it is asked: each main question, then its follow-ups. */
export async function listInterviewQuestions(options: {
  interviewId: string;
}): Promise<InterviewQuestion[]> {
  const db = await getDb();
  return db
    .select()
    .from(interviewQuestions)
    .where(eq(interviewQuestions.interviewId, options.interviewId))
    .orderBy(asc(interviewQuestions.order), asc(interviewQuestions.followUpNumber));
}

export async function updateInterviewQuestion(options: {
  interviewId: string;
  questionId: string;
  changes: Partial<Pick<InterviewQuestion, "content" | "category" | "competency">>;
}): Promise<InterviewQuestion | null> {
  const db = await getDb();
  const updated = await db.transaction(async (tx) => {
    await lockInterviewInStatus(tx, { interviewId: options.interviewId, ...editableBeforeStart });
    const [row] = await tx
      .update(interviewQuestions)
      .set({ ...options.changes, updatedAt: new Date() })
      .where(
        and(
          eq(interviewQuestions.id, options.questionId),
          eq(interviewQuestions.interviewId, options.interviewId),
        ),
      )
      .returning();
    return row ?? null;
  });
  if (updated) await invalidateInterviewCache(options.interviewId);
  return updated;
}

/** Sets the order to the given permutation of the interview's question ids (1-based). */
export async function reorderInterviewQuestions(options: {
  interviewId: string;
  questionIds: string[];
}): Promise<InterviewQuestion[]> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockInterviewInStatus(tx, { interviewId: options.interviewId, ...editableBeforeStart });
    const current = await tx
      .select({ id: interviewQuestions.id })
      .from(interviewQuestions)
      .where(eq(interviewQuestions.interviewId, options.interviewId))
      .for("update");
    const currentIds = new Set(current.map((row) => row.id));
    const isPermutation =
      options.questionIds.length === currentIds.size &&
      new Set(options.questionIds).size === currentIds.size &&
      options.questionIds.every((id) => currentIds.has(id));
    if (!isPermutation) {
      throw new DomainError({
        kind: "invalid_input",
        message: "questionIds: must list every question of this interview exactly once.",
      });
    }
    // Park every row on a negative order first: the (interview_id, order) unique index holds throughout.
    await tx
      .update(interviewQuestions)
      .set({ order: sql`-${interviewQuestions.order}` })
      .where(eq(interviewQuestions.interviewId, options.interviewId));
    for (const [index, id] of options.questionIds.entries()) {
      await tx
        .update(interviewQuestions)
        .set({ order: index + 1, updatedAt: new Date() })
        .where(eq(interviewQuestions.id, id));
    }
  });
  await invalidateInterviewCache(options.interviewId);
  return listInterviewQuestions({ interviewId: options.interviewId });
}

/** Replaces the questions of an interview nobody has started yet (generated ones arrive late). */
export async function replaceInterviewQuestions(options: {
  interviewId: string;
  questions: {
    content: string;
    category: string;
    competency: string;
    bankQuestionId: string | null;
  }[];
}): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockInterviewInStatus(tx, { interviewId: options.interviewId, ...editableBeforeStart });
    await tx
      .delete(interviewQuestions)
      .where(eq(interviewQuestions.interviewId, options.interviewId));
    await tx.insert(interviewQuestions).values(
      options.questions.map((question, index) => ({
        ...question,
        interviewId: options.interviewId,
        order: index + 1,
      })),
    );
  });
  await invalidateInterviewCache(options.interviewId);
}
