import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, interviews, questionBank, users } from "@/db/schema";
import type { SeedQuestion } from "@/db/seed-data/question-bank";

/** Removes an earlier demo seed (its companies and users); returns how many companies went. */
export async function resetDemoData(options: { companyNames: string[]; userEmails: string[] }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const previous = await tx
      .select({ id: companies.id })
      .from(companies)
      .where(inArray(companies.name, options.companyNames));
    const ids = previous.map((company) => company.id);
    if (ids.length > 0) {
      // Interviews restrict position deletes, so they go first; the rest cascades from companies.
      await tx.delete(interviews).where(inArray(interviews.companyId, ids));
      await tx.delete(companies).where(inArray(companies.id, ids));
    }
    await tx.delete(users).where(inArray(users.email, options.userEmails));
    return { removedCompanies: ids.length };
  });
}

/** Adds the shared bank questions that are not there yet; existing ones (and their answers) stay. */
export async function ensureSharedQuestionBank(questions: readonly SeedQuestion[]) {
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
