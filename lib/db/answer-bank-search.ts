import "server-only";
import { and, asc, cosineDistance, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answerBank, interviews, questionBank } from "@/db/schema";

// A company sees only answers its own candidates gave, even to shared bank questions, and only
// approved ones: a pending or rejected answer is never shown as exemplary.
const isCompanyApproved = (companyId: string) =>
  and(eq(interviews.companyId, companyId), eq(answerBank.status, "approved"));

/** The columns every listing of banked answers returns (with the candidate and the question). */
export const bankedAnswerColumns = {
  id: answerBank.id,
  text: answerBank.text,
  score: answerBank.score,
  createdAt: answerBank.createdAt,
  sourceInterviewId: answerBank.sourceInterviewId,
  candidateName: interviews.candidateName,
  question: {
    id: questionBank.id,
    content: questionBank.content,
    competency: questionBank.competency,
    language: questionBank.language,
  },
};

export type BankedAnswer = {
  id: string;
  text: string;
  score: number;
  createdAt: Date;
  sourceInterviewId: string | null;
  candidateName: string;
  question: { id: string; content: string; competency: string; language: string };
};

/** The company's approved banked answers, best first within each question, grouped by question. */
export async function listBankedAnswersByQuestion(options: { companyId: string; limit: number }) {
  const db = await getDb();
  const rows: BankedAnswer[] = await db
    .select(bankedAnswerColumns)
    .from(answerBank)
    .innerJoin(interviews, eq(interviews.id, answerBank.sourceInterviewId))
    .innerJoin(questionBank, eq(questionBank.id, answerBank.questionId))
    .where(isCompanyApproved(options.companyId))
    .orderBy(asc(questionBank.competency), asc(questionBank.content), desc(answerBank.score))
    .limit(options.limit);
  const groups = new Map<string, { question: BankedAnswer["question"]; answers: BankedAnswer[] }>();
  for (const row of rows) {
    const group = groups.get(row.question.id) ?? { question: row.question, answers: [] };
    group.answers.push(row);
    groups.set(row.question.id, group);
  }
  return [...groups.values()];
}

/** The company's approved banked answers nearest in meaning to `embedding` (pgvector cosine), nearest first. */
export async function searchBankedAnswers(options: {
  companyId: string;
  embedding: number[];
  limit: number;
}): Promise<(BankedAnswer & { similarity: number })[]> {
  const db = await getDb();
  const distance = cosineDistance(answerBank.embedding, options.embedding);
  const rows = await db.transaction(async (tx) => {
    // The company filter runs after the HNSW scan; iterative scans keep going until `limit`
    // matching rows are found instead of returning the few that survive the first pass.
    await tx.execute(sql`set local hnsw.iterative_scan = relaxed_order`);
    return tx
      .select({ ...bankedAnswerColumns, similarity: sql<number>`1 - (${distance})` })
      .from(answerBank)
      .innerJoin(interviews, eq(interviews.id, answerBank.sourceInterviewId))
      .innerJoin(questionBank, eq(questionBank.id, answerBank.questionId))
      .where(isCompanyApproved(options.companyId))
      .orderBy(distance)
      .limit(options.limit);
  });
  // relaxed_order may return neighbours slightly out of order: sort the few rows here.
  return rows
    .map((row) => ({ ...row, similarity: Math.round(Number(row.similarity) * 1000) / 1000 }))
    .sort((a, b) => b.similarity - a.similarity);
}
