/**
 * Who a candidate's score comes from: a model's rubric scores, a person who set every competency,
 * or the offline heuristic (a screening aid, not a ranking).
 */
export type ScoredBy = "model" | "human" | "offline";

/** `score` and `completed` are a recruiter's explicit choice; `trusted` is the default. */
export type CandidateOrder = "trusted" | "score" | "completed";

export function describeScoredBy(options: {
  provider: string;
  competencyScores: { humanScore?: number }[];
}): ScoredBy {
  if (options.provider !== "offline") return "model";
  const scores = options.competencyScores;
  return scores.length > 0 && scores.every((row) => row.humanScore !== undefined)
    ? "human"
    : "offline";
}

type Orderable = {
  scoredBy: ScoredBy;
  overallScore: number;
  humanOverallScore?: number;
  completedAt: Date | null;
};

const effectiveScore = (row: Orderable) => row.humanOverallScore ?? row.overallScore;
/** Newest completion first; an interview without a completion time (never expected) last. */
const byCompletion = (a: Orderable, b: Orderable) =>
  (b.completedAt?.getTime() ?? 0) - (a.completedAt?.getTime() ?? 0);
const byScore = (a: Orderable, b: Orderable) =>
  effectiveScore(b) - effectiveScore(a) || byCompletion(a, b);

/**
 * The candidate list's order. By default only scores a model or a person gave rank people (best
 * first); offline-scored candidates follow, newest completion first, whatever their score. A
 * recruiter may still ask for every candidate by score, or by completion time.
 */
export function orderCandidates<T extends Orderable>(rows: T[], order: CandidateOrder): T[] {
  if (order === "score") return [...rows].sort(byScore);
  if (order === "completed") return [...rows].sort(byCompletion);
  const trusted = rows.filter((row) => row.scoredBy !== "offline").sort(byScore);
  const offline = rows.filter((row) => row.scoredBy === "offline").sort(byCompletion);
  return [...trusted, ...offline];
}
