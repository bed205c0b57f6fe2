import type { InterviewStatus } from "@/db/schema/interviews";
import type { Recommendation } from "@/db/schema/reports";

// Words and colours for statuses and recommendations; text on tinted backgrounds passes WCAG AA.

export const statusLabels: Record<InterviewStatus, string> = {
  invited: "Invited",
  in_progress: "In progress",
  completed: "Completed",
  evaluating: "Evaluating",
  evaluated: "Evaluated",
  expired: "Expired",
  failed: "Failed",
};

export const statusTones: Record<InterviewStatus, string> = {
  invited: "bg-sky-100 text-sky-900",
  in_progress: "bg-amber-100 text-amber-900",
  completed: "bg-indigo-100 text-indigo-900",
  evaluating: "bg-violet-100 text-violet-900",
  evaluated: "bg-emerald-100 text-emerald-900",
  expired: "bg-slate-200 text-slate-800",
  failed: "bg-red-100 text-red-900",
};

export const recommendationLabels: Record<Recommendation, string> = {
  strong_hire: "Strong hire",
  hire: "Hire",
  lean_hire: "Lean hire",
  no_hire: "No hire",
  needs_review: "Needs human review",
};

export const recommendationTones: Record<Recommendation, string> = {
  strong_hire: "bg-emerald-100 text-emerald-900",
  hire: "bg-green-100 text-green-900",
  lean_hire: "bg-amber-100 text-amber-900",
  no_hire: "bg-red-100 text-red-900",
  needs_review: "bg-sky-100 text-sky-900",
};

/** Statuses during which the interview page keeps polling for changes. */
export const liveStatuses: readonly InterviewStatus[] = [
  "invited",
  "in_progress",
  "completed",
  "evaluating",
];

/** Score colour bands, the same thresholds as the recommendation floors (85 / 70 / 55). */
export function scoreTone(score: number): string {
  if (score >= 85) return "text-emerald-800";
  if (score >= 70) return "text-green-800";
  if (score >= 55) return "text-amber-800";
  return "text-red-800";
}

/** Hex fills for charts, matching scoreTone. */
export function scoreFill(score: number): string {
  if (score >= 85) return "#047857";
  if (score >= 70) return "#15803d";
  if (score >= 55) return "#b45309";
  return "#b91c1c";
}
