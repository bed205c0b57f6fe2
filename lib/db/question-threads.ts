import "server-only";
import { and, asc, eq, inArray, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  type InterviewQuestion,
  interviewQuestions,
  type TranscriptSegment,
  transcriptSegments,
} from "@/db/schema";
import { invalidateInterviewCache } from "@/lib/cache/invalidate";
import { lockInterviewInStatus } from "./lock-interview-status";

// A thread is a main question (follow-up number 0) and the follow-ups asked after its answer.

export async function getInterviewQuestion(options: {
  interviewId: string;
  questionId: string;
}): Promise<InterviewQuestion | null> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(interviewQuestions)
    .where(
      and(
        eq(interviewQuestions.id, options.questionId),
        eq(interviewQuestions.interviewId, options.interviewId),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** The main question and its follow-ups, in the order they were asked. */
export async function listThreadQuestions(options: {
  interviewId: string;
  mainQuestionId: string;
}): Promise<InterviewQuestion[]> {
  const db = await getDb();
  return db
    .select()
    .from(interviewQuestions)
    .where(
      and(
        eq(interviewQuestions.interviewId, options.interviewId),
        or(
          eq(interviewQuestions.id, options.mainQuestionId),
          eq(interviewQuestions.parentQuestionId, options.mainQuestionId),
        ),
      ),
    )
    .orderBy(asc(interviewQuestions.followUpNumber));
}

/** The candidate's saved segments for these questions, in the order they were spoken. */
export async function listCandidateSegments(options: {
  interviewId: string;
  questionIds: string[];
}): Promise<TranscriptSegment[]> {
  const db = await getDb();
  return db
    .select()
    .from(transcriptSegments)
    .where(
      and(
        eq(transcriptSegments.interviewId, options.interviewId),
        inArray(transcriptSegments.questionId, options.questionIds),
        eq(transcriptSegments.speaker, "candidate"),
      ),
    )
    .orderBy(asc(transcriptSegments.startMs), asc(transcriptSegments.createdAt));
}

/**
 * Adds follow-up number `followUpNumber` to the main question's thread while the interview is in
 * progress. Two requests racing for the same number meet on the unique index: the one that loses
 * inserts nothing and gets the winner's row, so a thread never holds two of one number.
 */
export async function addFollowUpQuestion(options: {
  interviewId: string;
  main: InterviewQuestion;
  followUpNumber: number;
  content: string;
  reason: string;
}): Promise<InterviewQuestion> {
  const { main } = options;
  const db = await getDb();
  const row = await db.transaction(async (tx) => {
    await lockInterviewInStatus(tx, {
      interviewId: options.interviewId,
      allowed: ["in_progress"],
      refusal: "Follow-up questions can only be asked while the interview is in progress",
    });
    const [inserted] = await tx
      .insert(interviewQuestions)
      .values({
        interviewId: options.interviewId,
        order: main.order,
        category: main.category,
        competency: main.competency,
        parentQuestionId: main.id,
        followUpNumber: options.followUpNumber,
        followUpReason: options.reason,
        content: options.content,
      })
      .onConflictDoNothing({
        target: [
          interviewQuestions.interviewId,
          interviewQuestions.order,
          interviewQuestions.followUpNumber,
        ],
      })
      .returning();
    if (inserted) return inserted;
    const [theirs] = await tx
      .select()
      .from(interviewQuestions)
      .where(
        and(
          eq(interviewQuestions.interviewId, options.interviewId),
          eq(interviewQuestions.order, main.order),
          eq(interviewQuestions.followUpNumber, options.followUpNumber),
        ),
      );
    if (!theirs) throw new Error("The follow-up conflicted with a row that is not there.");
    return theirs;
  });
  await invalidateInterviewCache(options.interviewId);
  return row;
}
