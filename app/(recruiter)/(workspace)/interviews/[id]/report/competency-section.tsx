import { Panel } from "@/app/_components/panel";
import { getCompetencyLabel } from "@/lib/competencies/registry";
import { scoreFill, scoreTone } from "@/lib/dashboard/labels";
import type { CompetencyWithHuman } from "@/lib/review/human-scores";
import { ScoreBarChart } from "../../../../_components/charts/score-bar-chart";
import { HumanScore } from "../../../../_components/human-score";
import { ScoreOverride } from "./score-override";

/** The chart of AI scores per competency, then each competency with its human score and controls. */
export function CompetencySection(props: {
  interviewId: string;
  rows: CompetencyWithHuman[];
  reasons: Map<string, string>;
  /** The position's language: competencies are named in it. */
  language: string;
}) {
  const labelOf = (competency: string) =>
    getCompetencyLabel({ competency, language: props.language });
  return (
    <Panel
      heading="Scores by competency"
      headingStyle="normal"
      padding="roomy"
      className="relative break-inside-avoid-page print:border-slate-400"
    >
      <ScoreBarChart
        bars={props.rows.map((row) => ({
          label: labelOf(row.competency),
          value: row.humanScore ?? row.score,
          fill: scoreFill(row.humanScore ?? row.score),
        }))}
      />
      <p className="text-xs text-slate-600">
        The chart shows the human score where a recruiter set one; the list below has both.
      </p>
      <ul className="mt-3 divide-y divide-slate-100">
        {props.rows.map((row) => {
          const reason = props.reasons.get(row.competency);
          const label = labelOf(row.competency);
          return (
            <li key={row.competency} className="py-2">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="font-medium">
                  {label}{" "}
                  <span className="text-xs font-normal text-slate-600">
                    ({row.questionCount} question{row.questionCount === 1 ? "" : "s"})
                  </span>
                </span>
                {row.humanScore === undefined ? (
                  <span className={`font-bold tabular-nums ${scoreTone(row.score)}`}>
                    {row.score}
                    <span className="sr-only"> (AI)</span>
                  </span>
                ) : (
                  <HumanScore score={row.humanScore} aiScore={row.score} />
                )}
              </div>
              <ScoreOverride
                interviewId={props.interviewId}
                kind="competency"
                target={row.competency}
                label={label}
                aiScore={row.score}
                human={
                  row.humanScore === undefined
                    ? null
                    : { score: row.humanScore, reason: reason ?? "" }
                }
              />
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
