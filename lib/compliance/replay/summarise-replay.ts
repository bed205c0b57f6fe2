import type { CompetencyScore } from "@/db/schema/reports";
import { bandForScore } from "@/lib/evaluation/score-bands";
import type { CompetencyShift, ReplayedInterview } from "./schemas";

/** One interview of the sample: what its report says now, and what the proposed change gives. */
export type InterviewScores = {
  interviewId: string;
  old: { overallScore: number; competencyScores: CompetencyScore[] };
  new: { overallScore: number; competencyScores: CompetencyScore[] };
};

/**
 * The score bands compared: the hire-band floors (85, 70, 55) on the overall score. The report
 * gives a hire band only for a model's unflagged scores (never offline), so the band compared is
 * the overall's, which every report shows and colours on the same floors.
 */
export const bandBasis = "overall score band (85+, 70–84, 55–69, under 55)";

const bandLabels = {
  strong_hire: "85+",
  hire: "70–84",
  lean_hire: "55–69",
  no_hire: "under 55",
} as const;

/** The overall's band, named by its range: offline scores must not read as a hire decision. */
export function toScoreBand(overallScore: number): string {
  return bandLabels[bandForScore(overallScore)];
}

/** Per competency, the mean and the largest (furthest from zero) shift of new − old. */
export function summariseShifts(interviews: InterviewScores[]): CompetencyShift[] {
  const shifts = new Map<string, { interviewId: string; shift: number }[]>();
  for (const interview of interviews) {
    for (const after of interview.new.competencyScores) {
      const before = interview.old.competencyScores.find(
        (score) => score.competency === after.competency,
      );
      if (!before) continue;
      const list = shifts.get(after.competency) ?? [];
      list.push({ interviewId: interview.interviewId, shift: after.score - before.score });
      shifts.set(after.competency, list);
    }
  }
  return [...shifts].map(([competency, list]) => {
    const largest = list.reduce(
      (best, row) => (Math.abs(row.shift) > Math.abs(best) ? row.shift : best),
      0,
    );
    const mean = list.reduce((sum, row) => sum + row.shift, 0) / list.length;
    return {
      competency,
      interviewCount: list.length,
      meanShift: Math.round(mean * 10) / 10,
      largestShift: largest,
      largestShiftInterviewIds:
        largest === 0
          ? []
          : list.filter((row) => row.shift === largest).map((row) => row.interviewId),
    };
  });
}

/** Old and new overall per interview with their bands, and the interviews whose band changes. */
export function summariseBands(interviews: InterviewScores[]): {
  rows: ReplayedInterview[];
  changed: string[];
} {
  const rows = interviews.map((interview) => ({
    interviewId: interview.interviewId,
    oldOverall: interview.old.overallScore,
    newOverall: interview.new.overallScore,
    oldBand: toScoreBand(interview.old.overallScore),
    newBand: toScoreBand(interview.new.overallScore),
  }));
  return {
    rows,
    changed: rows.filter((row) => row.oldBand !== row.newBand).map((row) => row.interviewId),
  };
}
