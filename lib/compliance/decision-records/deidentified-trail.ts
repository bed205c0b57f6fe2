import {
  accommodationKinds,
  answerBankStatuses,
  contestKinds,
  contestStatuses,
  hiringDecisionValues,
  overrideKinds,
} from "@/db/schema";
import type { DecisionTrailEntry } from "./schemas";

type TrailValue = number | boolean | string | string[];
type TrailValues = Record<string, TrailValue>;

// Strings an audit value may keep: the product's own enums, never words a person wrote. Whatever
// else a before/after holds (a note, a subject, an answer) is dropped, not truncated.
const enumWords = new Set<string>([
  ...hiringDecisionValues,
  ...answerBankStatuses,
  ...overrideKinds,
  ...contestKinds,
  ...contestStatuses,
  ...accommodationKinds,
  "ai",
  "human",
]);

function keepValue(value: unknown): TrailValue | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return enumWords.has(value) ? value : undefined;
  if (
    Array.isArray(value) &&
    value.every((item) => typeof item === "string" && enumWords.has(item))
  )
    return value as string[];
  return undefined;
}

/** The numbers, flags and enum values of an audit row's before or after; null when none is left. */
export function keepFactsOnly(value: unknown): TrailValues | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const kept: TrailValues = {};
  for (const [key, entry] of Object.entries(value)) {
    const fact = keepValue(entry);
    if (fact !== undefined) kept[key] = fact;
  }
  return Object.keys(kept).length > 0 ? kept : null;
}

export type AuditFact = {
  action: string;
  createdAt: Date;
  actorUserId: string | null;
  before: unknown;
  after: unknown;
};
export type JobRunFact = {
  functionId: string;
  status: string;
  attempts: number;
  startedAt: Date;
  finishedAt: Date | null;
};

/**
 * The review history and the background runs of an interview in time order, without the subject,
 * the reason, the actor's name or a run's error text: those may quote the candidate.
 */
export function buildDeidentifiedTrail(options: {
  audit: AuditFact[];
  runs: JobRunFact[];
}): DecisionTrailEntry[] {
  const reviews = options.audit.map((row) => ({
    time: row.createdAt.getTime(),
    entry: {
      kind: "review" as const,
      action: row.action,
      at: row.createdAt.toISOString(),
      actorUserId: row.actorUserId,
      before: keepFactsOnly(row.before),
      after: keepFactsOnly(row.after),
    },
  }));
  const runs = options.runs.map((run) => ({
    time: run.startedAt.getTime(),
    entry: {
      kind: "job_run" as const,
      functionId: run.functionId,
      status: run.status,
      attempts: run.attempts,
      startedAt: run.startedAt.toISOString(),
      finishedAt: run.finishedAt?.toISOString() ?? null,
    },
  }));
  return [...reviews, ...runs].sort((a, b) => a.time - b.time).map(({ entry }) => entry);
}
