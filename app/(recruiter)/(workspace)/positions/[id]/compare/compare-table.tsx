"use client";
import Link from "next/link";
import { useState } from "react";
import { type TableColumn, TableHead } from "@/app/_components/table-head";
import type { Recommendation } from "@/db/schema/reports";
import type { HiringDecisionValue } from "@/db/schema/reviews";
import { scoreTone } from "@/lib/dashboard/labels";
import { decisionLabels } from "@/lib/review/format-audit";
import { RecommendationBadge } from "../../../../_components/recommendation-badge";
import { ScrollRegion } from "../../../../_components/scroll-region";

export type CompareRow = {
  interviewId: string;
  candidateName: string;
  overallScore: number;
  /** Set when a recruiter overrode a competency: shown instead of the AI's, marked. */
  humanOverallScore: number | null;
  /** `offline`: a heuristic's score, shown as a screening aid and marked so. */
  scoredBy: "model" | "human" | "offline";
  recommendation: Recommendation;
  decision: HiringDecisionValue | null;
  scores: Record<string, number>;
  humanScores: Record<string, number>;
};

type SortKey = { column: "name" | "overall" | string; direction: "ascending" | "descending" };

function compareRows(a: CompareRow, b: CompareRow, sort: SortKey): number {
  const sign = sort.direction === "ascending" ? 1 : -1;
  if (sort.column === "name") return sign * a.candidateName.localeCompare(b.candidateName);
  // The human value where one exists, as the table shows.
  const pick = (row: CompareRow) =>
    sort.column === "overall"
      ? (row.humanOverallScore ?? row.overallScore)
      : (row.humanScores[sort.column] ?? row.scores[sort.column] ?? -1);
  return sign * (pick(a) - pick(b)) || a.candidateName.localeCompare(b.candidateName);
}

/** A competency column: its key (the sort column) and its name in the position's language. */
export type CompetencyColumn = { competency: string; label: string };

/**
 * Candidates side by side, in the order the page chose, until a column header is clicked: then
 * that column sorts (click again to reverse).
 */
export function CompareTable({
  rows,
  competencies,
}: {
  rows: CompareRow[];
  competencies: CompetencyColumn[];
}) {
  const [sort, setSort] = useState<SortKey | null>(null);
  const sorted = sort ? [...rows].sort((a, b) => compareRows(a, b, sort)) : rows;

  function sortableColumn(column: string, label: string): TableColumn {
    const isActive = sort?.column === column;
    return {
      key: column,
      ariaSort: isActive && sort ? sort.direction : "none",
      className: "align-bottom first:sticky first:left-0 first:bg-slate-100",
      label: (
        <button
          type="button"
          onClick={() =>
            setSort({
              column,
              direction:
                isActive && sort?.direction === "descending"
                  ? "ascending"
                  : isActive
                    ? "descending"
                    : column === "name"
                      ? "ascending"
                      : "descending",
            })
          }
          className="inline-flex items-center gap-1 rounded hover:underline focus-visible:outline-2 focus-visible:outline-indigo-700"
        >
          {label}
          <span aria-hidden="true" className="text-slate-500">
            {isActive ? (sort?.direction === "ascending" ? "▲" : "▼") : "↕"}
          </span>
        </button>
      ),
    };
  }

  return (
    <ScrollRegion
      label="Candidates compared"
      className="rounded-lg border border-slate-200 bg-white"
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">
          Candidates in the chosen order. Column headers are buttons that sort the table.
        </caption>
        <TableHead
          columns={[
            sortableColumn("name", "Candidate"),
            sortableColumn("overall", "Overall"),
            "Recommendation",
            "Decision",
            ...competencies.map(({ competency, label }) => sortableColumn(competency, label)),
          ]}
        />
        <tbody>
          {sorted.map((row) => (
            <tr key={row.interviewId} className="border-t border-slate-100">
              <th
                scope="row"
                className="sticky left-0 bg-white px-3 py-2 font-medium whitespace-nowrap"
              >
                <Link
                  href={`/interviews/${row.interviewId}/report`}
                  className="text-indigo-800 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-700"
                >
                  {row.candidateName}
                </Link>
              </th>
              <td className="px-3 py-2 font-bold">
                <ScoreCell ai={row.overallScore} human={row.humanOverallScore ?? undefined} />
                {row.scoredBy === "offline" ? (
                  <span className="ml-1 rounded bg-amber-100 px-1 text-xs font-semibold text-amber-900">
                    screening
                  </span>
                ) : null}
              </td>
              <td className="px-3 py-2">
                <RecommendationBadge recommendation={row.recommendation} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                {row.decision ? (
                  decisionLabels[row.decision]
                ) : (
                  <span className="text-slate-500">—</span>
                )}
              </td>
              {competencies.map(({ competency }) => {
                const score = row.scores[competency];
                return (
                  <td
                    key={competency}
                    className={`px-3 py-2 ${score === undefined ? "text-slate-500" : ""}`}
                  >
                    {score !== undefined ? (
                      <ScoreCell ai={score} human={row.humanScores[competency]} />
                    ) : (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="sr-only">not asked</span>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The AI's score, or the human one marked "human" with the AI's struck through beside it. */
function ScoreCell({ ai, human }: { ai: number; human: number | undefined }) {
  if (human === undefined) return <span className={`tabular-nums ${scoreTone(ai)}`}>{ai}</span>;
  return (
    <span className="inline-flex items-baseline gap-1 whitespace-nowrap">
      <span className={`tabular-nums ${scoreTone(human)}`}>{human}</span>
      <span className="rounded bg-violet-100 px-1 text-xs font-semibold text-violet-900">
        human
      </span>
      <span className="text-xs font-normal text-slate-600">
        (AI <span className="line-through">{ai}</span>)
      </span>
    </span>
  );
}
