import "server-only";
import { asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { questionBank } from "@/db/schema";

export async function listQuestionsWithoutEmbedding(options: { limit: number }) {
  const db = await getDb();
  return db
    .select({ id: questionBank.id, content: questionBank.content })
    .from(questionBank)
    .where(isNull(questionBank.embedding))
    .orderBy(asc(questionBank.createdAt), asc(questionBank.id))
    .limit(options.limit);
}

export async function saveQuestionEmbeddings(rows: { id: string; embedding: number[] }[]) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    for (const row of rows) {
      await tx
        .update(questionBank)
        .set({ embedding: row.embedding })
        .where(eq(questionBank.id, row.id));
    }
  });
}
