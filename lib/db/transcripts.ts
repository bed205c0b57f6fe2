import "server-only";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { type DbTransaction, getDb } from "@/db/client";
import {
  interviewQuestions,
  type NewTranscriptSegment,
  type TranscriptSegment,
  transcriptSegments,
} from "@/db/schema";
import { DomainError } from "@/lib/domain-error";
import { assertQuestionsOfInterview } from "./assert-questions-of-interview";
import { lockInterviewInStatus } from "./lock-interview-status";

type SegmentInput = Omit<NewTranscriptSegment, "interviewId" | "createdAt">;

export type TranscriptLimits = { maxSegments: number; maxChars: number };

/**
 * Stores segments once each: a retried upload with the same client ids inserts nothing new.
 * Returns which ids were new and which were already stored. With `limits`, a batch that would take
 * the interview's transcript past either cap is refused whole (too large), and the interview's row lock
 * keeps two concurrent batches from both fitting under it.
 */
export async function addTranscriptSegments(options: {
  interviewId: string;
  segments: SegmentInput[];
  limits?: TranscriptLimits;
}): Promise<{ stored: string[]; duplicates: string[] }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockInterviewInStatus(tx, {
      interviewId: options.interviewId,
      allowed: ["in_progress"],
      refusal: "Answers can only be recorded while the interview is in progress",
      exclusive: Boolean(options.limits),
    });
    await assertQuestionsOfInterview(tx, {
      interviewId: options.interviewId,
      field: "segments",
      items: options.segments,
    });
    if (options.limits) await assertWithinLimits(tx, { ...options, limits: options.limits });
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

async function assertWithinLimits(
  tx: DbTransaction,
  options: { interviewId: string; segments: SegmentInput[]; limits: TranscriptLimits },
): Promise<void> {
  const [stored] = await tx
    .select({
      segments: count(),
      chars: sql<string>`coalesce(sum(length(${transcriptSegments.text})), 0)`,
    })
    .from(transcriptSegments)
    .where(eq(transcriptSegments.interviewId, options.interviewId));
  // A retried batch's segments are already counted: only the new ones add to the totals.
  const existing = await tx
    .select({ id: transcriptSegments.id })
    .from(transcriptSegments)
    .where(
      and(
        eq(transcriptSegments.interviewId, options.interviewId),
        inArray(
          transcriptSegments.id,
          options.segments.map((segment) => segment.id),
        ),
      ),
    );
  const existingIds = new Set(existing.map((row) => row.id));
  const added = options.segments.filter((segment) => !existingIds.has(segment.id));
  const segments = Number(stored?.segments ?? 0) + added.length;
  const chars =
    Number(stored?.chars ?? 0) + added.reduce((sum, segment) => sum + segment.text.length, 0);
  const { maxSegments, maxChars } = options.limits;
  if (segments > maxSegments || chars > maxChars) {
    throw new DomainError({
      kind: "too_large",
      message: `This interview's transcript is limited to ${maxSegments} segments and ${maxChars} characters; nothing of this batch was saved.`,
    });
  }
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
      asc(interviewQuestions.followUpNumber),
      asc(transcriptSegments.startMs),
      asc(transcriptSegments.createdAt),
    )
    .then((rows) => rows.map((row) => row.segment));
}
