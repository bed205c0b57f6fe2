import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  type AnswerBankStatus,
  answerBank,
  interviewQuestions,
  interviews,
  questionBank,
} from "@/db/schema";
import { bankedAnswerColumns } from "./answer-bank-search";
import { insertReviewAudit, lockReviewSubject } from "./review-audit";

type ReviewedStatus = Exclude<AnswerBankStatus, "pending">;

/**
 * Approves or rejects a banked answer of the company's own candidates, with its audit row in the
 * same transaction. Null when the answer is not the company's (or gone); the same status again is
 * no change.
 */
export async function reviewBankAnswer(options: {
  id: string;
  companyId: string;
  status: ReviewedStatus;
  reason: string;
  actorUserId: string;
}) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockReviewSubject(tx, options.id);
    const [row] = await tx
      .select({
        id: answerBank.id,
        status: answerBank.status,
        sourceInterviewId: answerBank.sourceInterviewId,
        question: questionBank.content,
      })
      .from(answerBank)
      .innerJoin(interviews, eq(interviews.id, answerBank.sourceInterviewId))
      .innerJoin(questionBank, eq(questionBank.id, answerBank.questionId))
      .where(and(eq(answerBank.id, options.id), eq(interviews.companyId, options.companyId)));
    if (!row) return null;
    if (row.status === options.status) return { id: row.id, status: row.status, isChanged: false };
    await tx
      .update(answerBank)
      .set({
        status: options.status,
        reviewedByUserId: options.actorUserId,
        reviewedAt: new Date(),
      })
      .where(eq(answerBank.id, row.id));
    await insertReviewAudit(tx, {
      companyId: options.companyId,
      interviewId: row.sourceInterviewId,
      answerBankId: row.id,
      actorUserId: options.actorUserId,
      action: options.status === "approved" ? "approve_bank_answer" : "reject_bank_answer",
      subject: `the bank answer to “${truncate(row.question, 80)}”`,
      before: { status: row.status },
      after: { status: options.status },
      reason: options.reason,
    });
    return { id: row.id, status: options.status, isChanged: true };
  });
}

function truncate(text: string, maxLength: number): string {
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1)}…`;
}

/** Answers waiting for a recruiter before they may serve as exemplary, newest first. */
export async function listPendingBankAnswers(options: { companyId: string; limit: number }) {
  const db = await getDb();
  return db
    .select(bankedAnswerColumns)
    .from(answerBank)
    .innerJoin(interviews, eq(interviews.id, answerBank.sourceInterviewId))
    .innerJoin(questionBank, eq(questionBank.id, answerBank.questionId))
    .where(and(eq(interviews.companyId, options.companyId), eq(answerBank.status, "pending")))
    .orderBy(desc(answerBank.createdAt))
    .limit(options.limit);
}

/** The interview's answers that entered the bank, keyed to the interview's own question ids. */
export async function listBankAnswersOfInterview(options: { interviewId: string }) {
  const db = await getDb();
  return db
    .select({
      id: answerBank.id,
      status: answerBank.status,
      score: answerBank.score,
      interviewQuestionId: interviewQuestions.id,
    })
    .from(answerBank)
    .innerJoin(
      interviewQuestions,
      and(
        eq(interviewQuestions.interviewId, options.interviewId),
        eq(interviewQuestions.bankQuestionId, answerBank.questionId),
      ),
    )
    .where(eq(answerBank.sourceInterviewId, options.interviewId));
}

export type InterviewBankAnswer = Awaited<ReturnType<typeof listBankAnswersOfInterview>>[number];
