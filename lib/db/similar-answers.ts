import "server-only";
import { and, desc, eq, inArray, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { answerBank, interviewQuestions, interviews, transcriptSegments } from "@/db/schema";
import { findNearestBankedAnswer, notBankedFrom } from "./answer-bank-dedup";

export type ComparableAnswer = {
  interviewId: string;
  questionId: string;
  /** The bank question and text of the thread's main question (a follow-up's is its main one's). */
  bankQuestionId: string | null;
  content: string;
  text: string;
};

/** The main question of a follow-up's thread (or of a main question, itself). */
const threadMain = alias(interviewQuestions, "thread_main");

/**
 * Other candidates' answers in the same company, main and follow-up, in threads on the same bank
 * question or the same question text, newest interviews first. Only finished interviews: an
 * answer still being given is not one to compare with yet.
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
      ? inArray(threadMain.bankQuestionId, options.bankQuestionIds)
      : undefined,
    options.contents.length > 0 ? inArray(threadMain.content, options.contents) : undefined,
  ].filter((condition) => condition !== undefined);
  if (sameQuestion.length === 0) return [];
  const db = await getDb();
  return db
    .select({
      interviewId: interviewQuestions.interviewId,
      questionId: interviewQuestions.id,
      bankQuestionId: threadMain.bankQuestionId,
      content: threadMain.content,
      text: sql<string>`string_agg(${transcriptSegments.text}, ' ' order by ${transcriptSegments.startMs})`,
    })
    .from(interviewQuestions)
    .innerJoin(
      threadMain,
      eq(
        threadMain.id,
        sql`coalesce(${interviewQuestions.parentQuestionId}, ${interviewQuestions.id})`,
      ),
    )
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
        or(...sameQuestion),
      ),
    )
    .groupBy(interviewQuestions.id, threadMain.id, interviews.createdAt)
    .orderBy(desc(interviews.createdAt))
    .limit(options.limit);
}

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
