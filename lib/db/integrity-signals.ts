import "server-only";
import { and, asc, count, eq, inArray, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type IntegritySignal, integritySignals, type NewIntegritySignal } from "@/db/schema";
import { DomainError } from "@/lib/domain-error";
import type { BrowserSignal } from "@/lib/signals/schemas";
import { assertQuestionsOfInterview } from "./assert-questions-of-interview";
import { lockInterviewInStatus } from "./lock-interview-status";

/** A browser reports one row per paste or time away: a page that floods is cut off here. */
export const maxBrowserSignalsPerInterview = 500;

/**
 * Stores the browser's signals once each (a retried upload with the same client ids adds nothing),
 * only while the interview is in progress and only for its own questions.
 */
export async function addBrowserSignals(options: {
  interviewId: string;
  signals: BrowserSignal[];
}): Promise<{ stored: string[]; duplicates: string[] }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockInterviewInStatus(tx, {
      interviewId: options.interviewId,
      allowed: ["in_progress"],
      refusal: "Signals can only be recorded while the interview is in progress",
      exclusive: true,
    });
    await assertQuestionsOfInterview(tx, {
      interviewId: options.interviewId,
      field: "signals",
      items: options.signals,
    });
    const [stored] = await tx
      .select({ rows: count() })
      .from(integritySignals)
      .where(
        and(
          eq(integritySignals.interviewId, options.interviewId),
          isNotNull(integritySignals.clientId),
        ),
      );
    // Counted with the retried ones: near the cap a retry may be refused, which costs nothing.
    if ((stored?.rows ?? 0) + options.signals.length > maxBrowserSignalsPerInterview) {
      throw new DomainError({
        kind: "too_large",
        message: `An interview keeps at most ${maxBrowserSignalsPerInterview} browser signals.`,
      });
    }
    const inserted = await tx
      .insert(integritySignals)
      .values(options.signals.map((signal) => ({ ...signal, interviewId: options.interviewId })))
      .onConflictDoNothing({ target: [integritySignals.interviewId, integritySignals.clientId] })
      .returning({ clientId: integritySignals.clientId });
    const storedIds = new Set(inserted.map((row) => row.clientId));
    return {
      stored: options.signals.map((s) => s.clientId).filter((id) => storedIds.has(id)),
      duplicates: options.signals.map((s) => s.clientId).filter((id) => !storedIds.has(id)),
    };
  });
}

type ServerSignal = Omit<NewIntegritySignal, "interviewId" | "clientId" | "id" | "createdAt"> & {
  kind: "similar_to_candidate" | "similar_to_bank";
};

/**
 * Replaces the interview's similarity signals with a new set: a re-run of the check leaves one
 * set. They carry no client id, so no browser upload can take their place.
 */
export async function replaceSimilaritySignals(options: {
  interviewId: string;
  signals: ServerSignal[];
}): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .delete(integritySignals)
      .where(
        and(
          eq(integritySignals.interviewId, options.interviewId),
          inArray(integritySignals.kind, ["similar_to_candidate", "similar_to_bank"]),
        ),
      );
    if (options.signals.length === 0) return;
    await tx
      .insert(integritySignals)
      .values(options.signals.map((signal) => ({ ...signal, interviewId: options.interviewId })));
  });
}

export async function listIntegritySignals(options: {
  interviewId: string;
}): Promise<IntegritySignal[]> {
  const db = await getDb();
  return db
    .select()
    .from(integritySignals)
    .where(eq(integritySignals.interviewId, options.interviewId))
    .orderBy(asc(integritySignals.createdAt), asc(integritySignals.id));
}
