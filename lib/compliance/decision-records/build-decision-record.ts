import type { decisionRecords, StoredAccommodationGrant } from "@/db/schema";
import { type AuditFact, buildDeidentifiedTrail, type JobRunFact } from "./deidentified-trail";
import { computeRetainUntil } from "./retain-until";

/** `enabled` when an AI scored the interview, `opted_out` when the candidate asked it not to. */
export type DecisionRecordAiScoring = "enabled" | "opted_out";

export type DecisionRecordCounts = {
  answers: number;
  evaluations: number;
  overrides: number;
  /** Criterion scores of a human scorecard (an interview kept from AI scoring). */
  humanScores: number;
  auditEvents: number;
  jobRuns: number;
  contests: number;
  signals: number;
};

/** What an interview's rows say about its decision, read just before they are erased. */
export type DecisionFacts = {
  companyId: string;
  positionId: string;
  interviewIdHash: string;
  aiScoring: boolean;
  noticeHash: string | null;
  accommodationGrant: StoredAccommodationGrant | null;
  decision: { value: string; decidedAt: Date } | null;
  rubricVersions: string[];
  counts: Omit<DecisionRecordCounts, "auditEvents" | "jobRuns">;
  audit: AuditFact[];
  runs: JobRunFact[];
  auditRetentionMonths: number;
  erasedAt: Date;
};

/**
 * The de-identified record of one decision: versions, counts, the decision and a trail of what
 * people and jobs did, with nothing a person wrote (no name, mail, transcript, quote, note,
 * reason or error text). Granted accommodations count per kind (`accommodation_more_time: 1`);
 * their free-text note stays behind.
 */
export function buildDecisionRecord(facts: DecisionFacts): typeof decisionRecords.$inferInsert {
  const counts: Record<string, number> = {
    ...facts.counts,
    auditEvents: facts.audit.length,
    jobRuns: facts.runs.length,
  };
  for (const kind of facts.accommodationGrant?.kinds ?? []) {
    counts[`accommodation_${kind}`] = (counts[`accommodation_${kind}`] ?? 0) + 1;
  }
  const aiScoring: DecisionRecordAiScoring = facts.aiScoring ? "enabled" : "opted_out";
  return {
    companyId: facts.companyId,
    positionId: facts.positionId,
    interviewIdHash: facts.interviewIdHash,
    decision: facts.decision?.value ?? null,
    decidedAt: facts.decision?.decidedAt ?? null,
    aiScoring,
    rubricVersions: [...facts.rubricVersions].sort(),
    noticeHash: facts.noticeHash,
    counts,
    trail: buildDeidentifiedTrail({ audit: facts.audit, runs: facts.runs }),
    erasedAt: facts.erasedAt,
    retainUntil: computeRetainUntil({
      decidedAt: facts.decision?.decidedAt ?? null,
      erasedAt: facts.erasedAt,
      auditRetentionMonths: facts.auditRetentionMonths,
    }),
  };
}
