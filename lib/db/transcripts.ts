import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  interviewQuestions,
  type NewTranscriptSegment,
  type TranscriptSegment,
  transcriptSegments,
} from "@/db/schema";
import { ApiError } from "@/lib/http/api-error";
import { lockInterviewInStatus } from "./lock-interview-status";

type SegmentInput = Omit<NewTranscriptSegment, "interviewId" | "createdAt">;

/**
 * Stores segments once each: a retried upload with the same client ids inserts nothing new.
 * Returns which ids were new and which were already stored.
 */
export async function addTranscriptSegments(options: {
  interviewId: string;
  segments: SegmentInput[];
}): Promise<{ stored: string[]; duplicates: string[] }> {
  const db = await getDb();
  const questionIds = [...new Set(options.segments.map((segment) => segment.questionId))];
  return db.transaction(async (tx) => {
    await lockInterviewInStatus(tx, {
      interviewId: options.interviewId,
      allowed: ["in_progress"],
      refusal: "Answers can only be recorded while the interview is in progress",
    });
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
    const unknownIndex = options.segments.findIndex((segment) => !knownIds.has(segment.questionId));
    if (unknownIndex !== -1) {
      throw new ApiError({
        code: "unprocessable_entity",
        message: `segments.${unknownIndex}.questionId: not a question of this interview.`,
      });
    }
    const inserted = await tx
      .insert(transcriptSegments)
      .values(options.segments.map((segment) => ({ ...segment, interviewId: options.interviewId })))
      .onConflictDoNothing({ target: [transcriptSegments.interviewId, transcriptSegments.id] })
      .returning({ id: transcriptSegments.id });
    const storedIds = new Set(inserted.map((row) => row.id));
    return {
      stored: [...storedIds],
      duplicates: options.segments.map((s) => s.id).filter((id) => !storedIds.has(id)),
    };
  });
}

export async function listTranscriptSegments(options: {
  interviewId: string;
  questionId?: string;
}): Promise<TranscriptSegment[]> {
  const db = await getDb();
  return db
    .select({ segment: transcriptSegments })
    .from(transcriptSegments)
    .innerJoin(interviewQuestions, eq(interviewQuestions.id, transcriptSegments.questionId))
    .where(
      and(
        eq(transcriptSegments.interviewId, options.interviewId),
        options.questionId ? eq(transcriptSegments.questionId, options.questionId) : undefined,
      ),
    )
    .orderBy(
      asc(interviewQuestions.order),
      asc(transcriptSegments.startMs),
      asc(transcriptSegments.createdAt),
    )
    .then((rows) => rows.map((row) => row.segment));
}
