import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { DbTransaction } from "@/db/client";
import { interviewQuestions } from "@/db/schema";
import { DomainError } from "@/lib/domain-error";

/**
 * Refuses a batch (transcript segments, signals) naming a question that is not the interview's,
 * pointing at the first such item as `{field}.{index}.questionId`.
 */
export async function assertQuestionsOfInterview(
  tx: DbTransaction,
  options: { interviewId: string; field: string; items: { questionId: string }[] },
) {
  const questionIds = [...new Set(options.items.map((item) => item.questionId))];
  const known = await tx
    .select({ id: interviewQuestions.id })
    .from(interviewQuestions)
    .where(
      and(
        eq(interviewQuestions.interviewId, options.interviewId),
        inArray(interviewQuestions.id, questionIds),
      ),
    );
  const knownIds = new Set(known.map((row) => row.id));
  const unknownIndex = options.items.findIndex((item) => !knownIds.has(item.questionId));
  if (unknownIndex !== -1) {
    throw new DomainError({
      kind: "invalid_input",
      message: `${options.field}.${unknownIndex}.questionId: not a question of this interview.`,
    });
  }
}
