import "server-only";
import { and, asc, count, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, interviewQuestions, interviews, type Recording, recordings } from "@/db/schema";
import { DomainError } from "@/lib/domain-error";
import { browserRecordingKey } from "@/lib/storage/recording-keys";
import { lockInterviewInStatus } from "./lock-interview-status";

/**
 * Starts the recording of one answer in the candidate's browser. Only while the interview is in
 * progress, for one of its questions, once the candidate agreed to be recorded, and while the
 * interview has fewer than `maxRecordings` (the exclusive lock makes two racing starts queue).
 */
export async function createBrowserRecording(options: {
  interviewId: string;
  questionId: string;
  clockOffsetMs: number;
  contentType: string;
  maxRecordings: number;
}): Promise<Recording> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockInterviewInStatus(tx, {
      interviewId: options.interviewId,
      allowed: ["in_progress"],
      refusal: "Answers can only be recorded while the interview is in progress",
      exclusive: true,
    });
    const [started] = await tx
      .select({ total: count() })
      .from(recordings)
      .where(
        and(eq(recordings.interviewId, options.interviewId), eq(recordings.source, "browser")),
      );
    if ((started?.total ?? 0) >= options.maxRecordings) {
      throw new DomainError({
        kind: "too_large",
        code: "recording_quota_exceeded",
        message: `This interview has already recorded ${options.maxRecordings} answers; the rest is not recorded.`,
      });
    }
    const [consent] = await tx
      .select({ consentedAt: interviews.recordingConsentedAt, mode: companies.recordingMode })
      .from(interviews)
      .innerJoin(companies, eq(companies.id, interviews.companyId))
      .where(eq(interviews.id, options.interviewId));
    if (!consent?.consentedAt || consent.mode === "off") {
      throw new DomainError({
        kind: "conflict",
        message: "This interview is not recorded: recording is off or the candidate did not agree.",
      });
    }
    const [question] = await tx
      .select({ id: interviewQuestions.id })
      .from(interviewQuestions)
      .where(
        and(
          eq(interviewQuestions.id, options.questionId),
          eq(interviewQuestions.interviewId, options.interviewId),
        ),
      );
    if (!question) {
      throw new DomainError({
        kind: "invalid_input",
        message: "questionId: not a question of this interview.",
      });
    }
    const id = crypto.randomUUID();
    const [recording] = await tx
      .insert(recordings)
      .values({
        id,
        interviewId: options.interviewId,
        questionId: options.questionId,
        source: "browser",
        storageKey: browserRecordingKey({ interviewId: options.interviewId, recordingId: id }),
        contentType: options.contentType,
        clockOffsetMs: options.clockOffsetMs,
      })
      .returning();
    if (!recording) throw new Error("Insert returned no recording.");
    return recording;
  });
}

export async function getRecordingOfInterview(options: {
  interviewId: string;
  recordingId: string;
}): Promise<Recording | null> {
  const db = await getDb();
  const [recording] = await db
    .select()
    .from(recordings)
    .where(
      and(eq(recordings.id, options.recordingId), eq(recordings.interviewId, options.interviewId)),
    );
  return recording ?? null;
}

/** The playable recordings of an interview, oldest first (an answer cut by a reload has two). */
export async function listReadyRecordings(options: { interviewId: string }): Promise<Recording[]> {
  const db = await getDb();
  return db
    .select()
    .from(recordings)
    .where(and(eq(recordings.interviewId, options.interviewId), eq(recordings.status, "ready")))
    .orderBy(asc(recordings.createdAt), asc(recordings.clockOffsetMs));
}

/**
 * Parts still being written or finalised: not playable yet (their file is missing or unseekable),
 * but on their way, so the report can say so instead of leaving them out silently.
 */
export async function countRecordingsInPreparation(options: {
  interviewId: string;
}): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ value: count() })
    .from(recordings)
    .where(
      and(
        eq(recordings.interviewId, options.interviewId),
        inArray(recordings.status, ["recording", "finalising"]),
      ),
    );
  return row?.value ?? 0;
}

/** Records the candidate's agreement once; a second agreement keeps the first time. */
export async function recordRecordingConsent(options: { interviewId: string }): Promise<Date> {
  const db = await getDb();
  await db
    .update(interviews)
    .set({ recordingConsentedAt: new Date() })
    .where(and(eq(interviews.id, options.interviewId), isNull(interviews.recordingConsentedAt)));
  const [row] = await db
    .select({ consentedAt: interviews.recordingConsentedAt })
    .from(interviews)
    .where(eq(interviews.id, options.interviewId));
  if (!row?.consentedAt)
    throw new DomainError({ kind: "not_found", message: "Interview not found." });
  return row.consentedAt;
}

/**
 * Browser recordings not yet finished: after a reload, the ones the previous page left open (and
 * any whose finalising request died, which completing takes over once its claim is stale).
 */
export async function listOpenBrowserRecordingIds(options: {
  interviewId: string;
}): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: recordings.id })
    .from(recordings)
    .where(
      and(
        eq(recordings.interviewId, options.interviewId),
        eq(recordings.source, "browser"),
        inArray(recordings.status, ["recording", "finalising"]),
      ),
    );
  return rows.map((row) => row.id);
}
