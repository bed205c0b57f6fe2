import Link from "next/link";
import { TableHead } from "@/app/_components/table-head";
import type { InterviewStatus } from "@/db/schema/interviews";
import type { Recommendation } from "@/db/schema/reports";
import { scoreTone } from "@/lib/dashboard/labels";
import { RecommendationBadge } from "./recommendation-badge";
import { StatusBadge } from "./status-badge";

export type InterviewRow = {
  id: string;
  candidateName: string;
  candidateEmail: string;
  positionTitle: string;
  status: InterviewStatus;
  createdAt: Date;
  overallScore: number | null;
  recommendation: Recommendation | null;
  /** The report waits for a person's review and no decision is recorded yet. */
  needsReview?: boolean;
  /** When the candidate first opened the current invite link (shown while invited). */
  linkOpenedAt?: Date | null;
  /** False when the candidate asked that no AI score them: a person's scorecard stands instead. */
  aiScoring?: boolean;
  /** That scorecard's overall, once every criterion is scored. */
  humanOverallScore?: number | null;
};

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** Interviews as a table on wide screens and as stacked cards on a phone. */
export function InterviewTable({ rows, emptyText }: { rows: InterviewRow[]; emptyText: string }) {
  if (rows.length === 0) return <p className="mt-3 text-slate-700">{emptyText}</p>;
  return (
    <div className="relative mt-3 rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <TableHead
          className="hidden bg-slate-100 text-slate-700 md:table-header-group"
          cellClassName="px-4 py-2 font-medium"
          columns={["Candidate", "Position", "Status", "Score", "Created"]}
        />
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              className="grid grid-cols-[1fr_auto] gap-x-3 border-t border-slate-100 px-4 py-3 first:border-t-0 md:table-row md:p-0"
            >
              <td className="md:px-4 md:py-2">
                <Link
                  href={`/interviews/${row.id}`}
                  className="font-medium text-indigo-800 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-700"
                >
                  {row.candidateName}
                </Link>
                <span className="block break-all text-slate-600">{row.candidateEmail}</span>
                {row.needsReview ? (
                  <span className="mt-1 inline-block rounded-full bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-900">
                    Needs review
                  </span>
                ) : null}
              </td>
              <td className="col-start-1 text-slate-700 md:px-4 md:py-2">{row.positionTitle}</td>
              <td className="col-start-2 row-start-1 md:px-4 md:py-2">
                <StatusBadge status={row.status} />
                {row.status === "invited" && row.linkOpenedAt !== undefined ? (
                  <span className="mt-1 block text-xs text-slate-600">
                    {row.linkOpenedAt ? "Opened the link" : "Link not opened yet"}
                  </span>
                ) : null}
              </td>
              <td className="col-start-2 row-start-2 md:px-4 md:py-2">
                {row.aiScoring === false && row.status === "evaluated" ? (
                  <Link
                    href={`/interviews/${row.id}/report`}
                    className="font-medium text-indigo-800 hover:underline"
                  >
                    Human scorecard
                    {typeof row.humanOverallScore === "number" ? (
                      <span className={`ml-1 tabular-nums ${scoreTone(row.humanOverallScore)}`}>
                        {row.humanOverallScore}
                      </span>
                    ) : null}
                  </Link>
                ) : row.overallScore === null ? (
                  <span className="text-slate-500">
                    <span aria-hidden="true">—</span>
                    <span className="sr-only">No score yet</span>
                  </span>
                ) : (
                  <span className="flex items-center gap-2">
                    <Link
                      href={`/interviews/${row.id}/report`}
                      className={`font-semibold tabular-nums hover:underline ${scoreTone(row.overallScore)}`}
                      aria-label={`Report: ${row.overallScore} out of 100`}
                    >
                      {row.overallScore}
                    </Link>
                    {row.recommendation ? (
                      <RecommendationBadge recommendation={row.recommendation} />
                    ) : null}
                  </span>
                )}
              </td>
              <td className="col-start-1 text-slate-600 md:px-4 md:py-2">
                <span className="md:hidden">Created </span>
                {dateFormat.format(row.createdAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
