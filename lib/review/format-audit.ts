import type { ReviewAction } from "@/db/schema/reviews";

// Words for the audit trail: what was done, and a before or after value as a reader says it.

export const reviewActionLabels: Record<ReviewAction, string> = {
  override_answer_score: "overrode the score of",
  override_competency_score: "overrode the score of",
  clear_override: "cleared the override of",
  set_decision: "set the",
  approve_bank_answer: "approved",
  reject_bank_answer: "rejected",
  set_scorecard_points: "scored",
  open_contest: "opened a contest on",
  answer_contest: "answered the contest on",
  apply_scoring_change: "applied a replayed scoring change to",
  grant_accommodation: "granted an accommodation on",
};

export const decisionLabels = { advance: "Advance", hold: "Hold", reject: "Reject" } as const;

const statusLabels: Record<string, string> = {
  pending: "pending",
  approved: "approved",
  rejected: "rejected",
};

/** `{score, source}` → "70 (AI)" / "85 (human)"; `{decision, note}` → "Advance"; `{status}` → "pending". */
export function formatAuditValue(value: unknown): string {
  if (value === null || typeof value !== "object") return "none";
  const record = value as Record<string, unknown>;
  if (typeof record.score === "number") {
    return `${record.score} (${record.source === "human" ? "human" : "AI"})`;
  }
  if (typeof record.points === "number") return `${record.points} of 5`;
  if (typeof record.answerTimeMultiplier === "number") {
    const kinds = Array.isArray(record.kinds) ? record.kinds.join(", ") : "";
    return `${record.answerTimeMultiplier}× time per answer${kinds ? ` (${kinds})` : ""}`;
  }
  if (typeof record.decision === "string") {
    return decisionLabels[record.decision as keyof typeof decisionLabels] ?? record.decision;
  }
  if (typeof record.status === "string") return statusLabels[record.status] ?? record.status;
  if (Array.isArray(record.rubricVersions)) {
    return `rubric versions ${record.rubricVersions.join(", ")}`;
  }
  return "—";
}
