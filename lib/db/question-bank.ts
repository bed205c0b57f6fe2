import "server-only";
import { and, cosineDistance, count, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { questionBank } from "@/db/schema";
import { getBaseLanguage } from "@/lib/i18n/languages";

/** Shared bank questions plus the company's own, in the position's language ("ko-KR" matches "ko"). */
export async function listBankQuestionsForCompany(
  db: Queryable,
  options: { companyId: string; language: string },
) {
  const base = getBaseLanguage(options.language);
  return db
    .select({
      id: questionBank.id,
      content: questionBank.content,
      category: questionBank.category,
      competency: questionBank.competency,
    })
    .from(questionBank)
    .where(
      and(
        or(isNull(questionBank.companyId), eq(questionBank.companyId, options.companyId)),
        or(eq(questionBank.language, base), sql`${questionBank.language} like ${`${base}-%`}`),
      ),
    );
}

/** Per competency, how many bank questions (shared and the company's) exist in the language. */
export async function countBankQuestionsByCompetency(options: {
  companyId: string;
  language: string;
  competencies: string[];
}): Promise<Map<string, number>> {
  if (options.competencies.length === 0) return new Map();
  const db = await getDb();
  const base = getBaseLanguage(options.language);
  const rows = await db
    .select({ competency: questionBank.competency, questionCount: count() })
    .from(questionBank)
    .where(
      and(
        or(isNull(questionBank.companyId), eq(questionBank.companyId, options.companyId)),
        or(eq(questionBank.language, base), sql`${questionBank.language} like ${`${base}-%`}`),
        inArray(questionBank.competency, options.competencies),
      ),
    )
    .groupBy(questionBank.competency);
  return new Map(rows.map((row) => [row.competency, row.questionCount]));
}

/** The bank question closest in meaning, among the company's own and the shared ones in its language. */
export async function findNearestBankQuestion(options: {
  companyId: string;
  language: string;
  embedding: number[];
}) {
  const db = await getDb();
  const distance = cosineDistance(questionBank.embedding, options.embedding);
  const base = getBaseLanguage(options.language);
  const [nearest] = await db
    .select({
      id: questionBank.id,
      content: questionBank.content,
      category: questionBank.category,
      competency: questionBank.competency,
      similarity: sql<number>`1 - (${distance})`,
    })
    .from(questionBank)
    .where(
      and(
        or(isNull(questionBank.companyId), eq(questionBank.companyId, options.companyId)),
        or(eq(questionBank.language, base), sql`${questionBank.language} like ${`${base}-%`}`),
        sql`${questionBank.embedding} is not null`,
      ),
    )
    .orderBy(distance)
    .limit(1);
  return nearest ? { ...nearest, similarity: Number(nearest.similarity) } : null;
}

export async function addCompanyBankQuestion(values: {
  companyId: string;
  language: string;
  content: string;
  category: string;
  competency: string;
  embedding: number[];
}) {
  const db = await getDb();
  const [row] = await db.insert(questionBank).values(values).returning({ id: questionBank.id });
  if (!row) throw new Error("Inserting the bank question returned no row.");
  return row.id;
}
