import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type SelfIdRaceEthnicity, type SelfIdSex, selfIdentifications } from "@/db/schema";

export type SelfIdentificationAnswers = {
  sex: SelfIdSex | null;
  raceEthnicity: SelfIdRaceEthnicity | null;
};

/** Saves the candidate's answers; sending again replaces them (a blank field clears it). */
export async function upsertSelfIdentification(options: {
  companyId: string;
  positionId: string;
  interviewId: string;
  answers: SelfIdentificationAnswers;
}): Promise<void> {
  const db = await getDb();
  await db
    .insert(selfIdentifications)
    .values({
      companyId: options.companyId,
      positionId: options.positionId,
      interviewId: options.interviewId,
      ...options.answers,
    })
    .onConflictDoUpdate({
      target: selfIdentifications.interviewId,
      set: { ...options.answers, updatedAt: new Date() },
    });
}

const idBatchSize = 5000;

/**
 * For the adverse-impact aggregate ONLY (and the candidate's own export, one interview): never
 * call it for a report, a list, the scorer or the company's export, which must not show it.
 */
export async function listSelfIdentificationsByInterview(
  companyId: string,
  interviewIds: string[],
): Promise<Map<string, SelfIdentificationAnswers>> {
  if (interviewIds.length === 0) return new Map();
  const db = await getDb();
  const rows = [];
  // Bounded batches: a workspace's three years of interviews would pass Postgres' parameter limit.
  for (let index = 0; index < interviewIds.length; index += idBatchSize) {
    const batch = interviewIds.slice(index, index + idBatchSize);
    const found = await db
      .select({
        interviewId: selfIdentifications.interviewId,
        sex: selfIdentifications.sex,
        raceEthnicity: selfIdentifications.raceEthnicity,
      })
      .from(selfIdentifications)
      .where(
        and(
          eq(selfIdentifications.companyId, companyId),
          inArray(selfIdentifications.interviewId, batch),
        ),
      );
    rows.push(...found);
  }
  return new Map(
    rows.map((row) => [row.interviewId, { sex: row.sex, raceEthnicity: row.raceEthnicity }]),
  );
}
