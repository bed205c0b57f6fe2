import "server-only";
import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
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
