import "server-only";
import { loadHumanScorecard } from "./human-scorecard";

/**
 * Rows of interviews, each without AI scoring and evaluated given its human overall (null until
 * its scorecard is complete). Such interviews are the few whose candidates opted out, so each
 * scorecard is loaded on its own.
 */
export async function addHumanOverallScores<
  T extends { id: string; aiScoring: boolean; status: string },
>(rows: T[]): Promise<(T & { humanOverallScore: number | null })[]> {
  return Promise.all(
    rows.map(async (row) => {
      if (row.aiScoring || row.status !== "evaluated") return { ...row, humanOverallScore: null };
      const { scorecard } = await loadHumanScorecard({ interviewId: row.id });
      return { ...row, humanOverallScore: scorecard.humanOverallScore };
    }),
  );
}
