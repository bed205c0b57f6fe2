import Link from "next/link";
import { Panel } from "@/app/_components/panel";
import { scoreTone } from "@/lib/dashboard/labels";

export type HumanScoredRow = {
  id: string;
  candidateName: string;
  humanOverallScore: number | null;
};

/**
 * Candidates who asked that no AI score them: no AI score exists to compare, so they are listed
 * apart with their human scorecard's overall once it is complete.
 */
export function HumanScorecardCandidates(props: { rows: HumanScoredRow[] }) {
  if (props.rows.length === 0) return null;
  return (
    <Panel heading="Human scorecard (no AI scoring)" tone="plain" headingClassName="mb-3">
      <p className="mb-2 text-sm text-slate-700">
        These candidates asked that no AI score their answers. A person scores each on the
        rubric&apos;s scorecard; the overall shows once every criterion is scored.
      </p>
      <ul className="divide-y divide-slate-100">
        {props.rows.map((row) => (
          <li key={row.id} className="flex items-center justify-between gap-3 py-2">
            <Link href={`/interviews/${row.id}/report`} className="font-medium hover:underline">
              {row.candidateName}
            </Link>
            <span className="text-sm">
              Human scorecard:{" "}
              {row.humanOverallScore === null ? (
                "not complete yet"
              ) : (
                <span className={`font-semibold tabular-nums ${scoreTone(row.humanOverallScore)}`}>
                  {row.humanOverallScore}/100
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
