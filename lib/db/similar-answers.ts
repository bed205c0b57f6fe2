import "server-only";
import { and, desc, eq, inArray, ne, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answerBank, interviewQuestions, interviews, transcriptSegments } from "@/db/schema";
import { findNearestBankedAnswer, notBankedFrom } from "./answer-bank-dedup";

export type ComparableAnswer = {
  interviewId: string;
  questionId: string;
  bankQuestionId: string | null;
  content: string;
  text: string;
};

/**
 * Other candidates' main answers in the same company to the same bank question or the same
 * question text, newest interviews first. Only finished interviews: an answer still being given
 * is not one to compare with yet.
 */
export async function listComparableAnswers(options: {
  companyId: string;
  exceptInterviewId: string;
  bankQuestionIds: string[];
  contents: string[];
  limit: number;
}): Promise<ComparableAnswer[]> {
  const sameQuestion = [
    options.bankQuestionIds.length > 0
      ? inArray(interviewQuestions.bankQuestionId, options.bankQuestionIds)
      : undefined,
    options.contents.length > 0 ? inArray(interviewQuestions.content, options.contents) : undefined,
  ].filter((condition) => condition !== undefined);
  if (sameQuestion.length === 0) return [];
  const db = await getDb();
  return db
    .select({
      interviewId: interviewQuestions.interviewId,
      questionId: interviewQuestions.id,
      bankQuestionId: interviewQuestions.bankQuestionId,
      content: interviewQuestions.content,
      text: sql<string>`string_agg(${transcriptSegments.text}, ' ' order by ${transcriptSegments.startMs})`,
    })
    .from(interviewQuestions)
    .innerJoin(interviews, eq(interviews.id, interviewQuestions.interviewId))
    .innerJoin(
      transcriptSegments,
      and(
        eq(transcriptSegments.questionId, interviewQuestions.id),
        eq(transcriptSegments.speaker, "candidate"),
      ),
    )
    .where(
      and(
        eq(interviews.companyId, options.companyId),
        ne(interviews.id, options.exceptInterviewId),
        inArray(interviews.status, ["completed", "evaluating", "evaluated"]),
        eq(interviewQuestions.followUpNumber, 0),
        or(...sameQuestion),
      ),
    )
    .groupBy(interviewQuestions.id, interviews.createdAt)
    .orderBy(desc(interviews.createdAt))
    .limit(options.limit);
}

/**
 * The company's banked answer to a bank question nearest to `embedding` (cosine), leaving out the
 * answers this interview contributed itself: collection banks its own excellent answers.
 */
/** Whether the company's bank holds an answer to any of these questions that is not this interview's. */
export async function hasBankAnswersFromOthers(options: {
  companyId: string;
  bankQuestionIds: string[];
  exceptInterviewId: string;
}): Promise<boolean> {
  if (options.bankQuestionIds.length === 0) return false;
  const db = await getDb();
  const [row] = await db
    .select({ id: answerBank.id })
    .from(answerBank)
    .where(
      and(
        eq(answerBank.companyId, options.companyId),
        inArray(answerBank.questionId, options.bankQuestionIds),
        notBankedFrom(options.exceptInterviewId),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** The company's banked answer to the question nearest to `embedding`, leaving out this interview's. */
export async function findNearestBankAnswer(options: {
  companyId: string;
  bankQuestionId: string;
  exceptInterviewId: string;
  embedding: number[];
}) {
  const db = await getDb();
  return db.transaction((tx) =>
    findNearestBankedAnswer(tx, {
      companyId: options.companyId,
      questionId: options.bankQuestionId,
      exceptInterviewId: options.exceptInterviewId,
      embedding: options.embedding,
    }),
  );
}
