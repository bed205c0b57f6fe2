import "server-only";
import {
  type AdverseImpactOutcome,
  listAdverseImpactOutcomes,
} from "@/lib/db/adverse-impact-outcomes";
import { listCompetencyOverrides } from "@/lib/db/score-overrides";
import { listSelfIdentificationsByInterview } from "@/lib/db/self-identifications";
import { applyCompetencyOverrides } from "@/lib/review/human-scores";
import { labelImpactCategory } from "./category-labels";
import { computeImpactTables, type ImpactPerson, type ImpactTable } from "./impact-tables";
import type { AdverseImpactReport, ImpactMeasureView, ImpactTableView } from "./report-view";
import { type AdverseImpactQuery, rangeInstants } from "./schemas";

function labelTable(table: ImpactTable): ImpactTableView {
  return {
    highestRate: table.highestRate,
    rows: table.rows.map((row) => ({ ...row, label: labelImpactCategory(row.category) })),
  };
}

function toMeasure(selection: string, people: ImpactPerson[]): ImpactMeasureView {
  const tables = computeImpactTables(people);
  return {
    selection,
    total: tables.total,
    selected: tables.selected,
    sex: labelTable(tables.sex),
    raceEthnicity: labelTable(tables.raceEthnicity),
    intersectional: labelTable(tables.intersectional),
  };
}

/**
 * The overall each interview is judged by: the AI's, with a person's competency overrides applied;
 * for an interview the candidate asked no AI to score, the human scorecard's once complete. Null
 * when there is none yet (not counted).
 */
async function readOverallScores(
  outcomes: AdverseImpactOutcome[],
): Promise<Map<string, number | null>> {
  const overrides = await listCompetencyOverrides({
    interviewIds: outcomes.filter((row) => row.aiScoring).map((row) => row.interviewId),
  });
  const scores = new Map<string, number | null>();
  for (const row of outcomes) {
    if (row.aiScoring) {
      if (row.overallScore === null || row.competencyScores === null) {
        scores.set(row.interviewId, null);
        continue;
      }
      const human = applyCompetencyOverrides({
        competencyScores: row.competencyScores,
        overrides: overrides.filter((override) => override.interviewId === row.interviewId),
      });
      scores.set(row.interviewId, human.humanOverallScore ?? row.overallScore);
    } else {
      // Rare (a candidate's opt-out), so one read each is fine. Loaded on demand: the scorecard
      // reads answers through the evaluation pipeline's modules, which the route must not carry.
      const { loadHumanScorecard } = await import("@/lib/compliance/scorecard/human-scorecard");
      const { scorecard } = await loadHumanScorecard({ interviewId: row.interviewId });
      scores.set(row.interviewId, scorecard.humanOverallScore);
    }
  }
  return scores;
}

/**
 * Selection rates and impact ratios over the interviews completed in the range, of one position or
 * the whole workspace, in two measures: the recruiters' decisions (advanced ÷ advanced or
 * rejected; "hold" is no decision yet) and the scores (at or above the threshold ÷ scored).
 */
export async function buildAdverseImpactReport(options: {
  companyId: string;
  position: { id: string; title: string } | null;
  query: AdverseImpactQuery;
}): Promise<AdverseImpactReport> {
  const outcomes = await listAdverseImpactOutcomes({
    companyId: options.companyId,
    positionId: options.position?.id,
    ...rangeInstants(options.query),
  });
  const [selfIds, scores] = await Promise.all([
    listSelfIdentificationsByInterview(
      options.companyId,
      outcomes.map((row) => row.interviewId),
    ),
    readOverallScores(outcomes),
  ]);
  const personOf = (interviewId: string, selected: boolean): ImpactPerson => ({
    sex: selfIds.get(interviewId)?.sex ?? null,
    raceEthnicity: selfIds.get(interviewId)?.raceEthnicity ?? null,
    selected,
  });
  const decided = outcomes.filter((row) => row.decision === "advance" || row.decision === "reject");
  const scored = outcomes.flatMap((row) => {
    const score = scores.get(row.interviewId);
    return score === null || score === undefined ? [] : [{ interviewId: row.interviewId, score }];
  });
  const { threshold } = options.query;
  return {
    position: options.position,
    from: options.query.from,
    to: options.query.to,
    threshold,
    decisions: toMeasure(
      "Advanced ÷ decided (advanced or rejected)",
      decided.map((row) => personOf(row.interviewId, row.decision === "advance")),
    ),
    scores: toMeasure(
      `Overall score ≥ ${threshold} ÷ scored`,
      scored.map((row) => personOf(row.interviewId, row.score >= threshold)),
    ),
  };
}
