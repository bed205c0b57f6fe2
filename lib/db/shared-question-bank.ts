import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { questionBank } from "@/db/schema";
import { type SeedQuestion, seedQuestions } from "@/db/seed-data/question-bank";

/**
 * Adds the shared bank questions the app ships that are not there yet; existing ones (and their
 * answers) stay. Run whenever a workspace is created, so a fresh install can invite candidates
 * from its first minute (interviews draw their questions from this bank).
 */
export async function ensureSharedQuestionBank(questions: readonly SeedQuestion[] = seedQuestions) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    let inserted = 0;
    for (const question of questions) {
      const [existing] = await tx
        .select({ id: questionBank.id })
        .from(questionBank)
        .where(
          and(
            isNull(questionBank.companyId),
            eq(questionBank.language, question.language),
            eq(questionBank.content, question.content),
          ),
        )
        .limit(1);
      if (existing) continue;
      await tx.insert(questionBank).values({ ...question, companyId: null });
      inserted += 1;
    }
    return { inserted, reused: questions.length - inserted };
  });
}
