"use client";
import Link from "next/link";
import { Panel } from "@/app/_components/panel";
import { TableHead } from "@/app/_components/table-head";
import type { BatchCandidate, BatchInviteResult } from "@/lib/batch-invites/schemas";
import { CopyButton } from "../../../../_components/copy-button";
import { linkClass, secondaryButtonClass } from "../../../../_components/page-header";
import { ScrollRegion } from "../../../../_components/scroll-region";

const csvCell = (value: string) =>
  /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

function skippedText(rows: number): string {
  if (rows === 0) return "";
  return rows === 1
    ? "1 row with a problem was skipped. "
    : `${rows} rows with a problem were skipped. `;
}

/** What was created, with each link (shown only now): to copy, or download as a CSV. */
export function BatchResult(props: {
  positionId: string;
  result: BatchInviteResult;
  candidates: BatchCandidate[];
  wereMailed: boolean;
}) {
  const rows = props.result.created.map((created) => ({
    ...created,
    candidate: props.candidates[created.row - 1],
  }));
  const linksCsv = [
    "name,email,external_candidate_id,invite_url",
    ...rows.map(({ candidate, inviteUrl }) =>
      [
        candidate?.name ?? "",
        candidate?.email ?? "",
        candidate?.externalCandidateId ?? "",
        inviteUrl,
      ]
        .map(csvCell)
        .join(","),
    ),
  ].join("\n");
  const download = `data:text/csv;charset=utf-8,${encodeURIComponent(`${linksCsv}\n`)}`;
  return (
    <Panel heading={`${rows.length} interviews created`} headingStyle="normal" tone="success">
      <p className="mt-1 text-sm text-emerald-900">
        {props.wereMailed
          ? "Each candidate is emailed their invitation. "
          : "No invitations were emailed: send each candidate their link. "}
        {skippedText(new Set(props.result.problems.map((p) => p.row)).size)}
        The links are shown only here.
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <CopyButton text={linksCsv} label="Copy links as CSV" />
        <a href={download} download="invite-links.csv" className={secondaryButtonClass}>
          Download links (CSV)
        </a>
        <Link href={`/positions/${props.positionId}`} className={`${linkClass} self-center`}>
          Back to the position
        </Link>
      </div>
      <ScrollRegion
        label="Created interviews and their links"
        className="mt-3 max-h-[24rem] overflow-y-auto rounded-lg border border-slate-200 bg-white"
      >
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">Created interviews and their invite links</caption>
          <TableHead columns={["Row", "Candidate", "Invite link"]} />
          <tbody>
            {rows.map(({ row, interviewId, inviteUrl, candidate }) => (
              <tr key={interviewId} className="border-t border-slate-100">
                <td className="px-3 py-2 tabular-nums text-slate-600">{row}</td>
                <td className="px-3 py-2">
                  <Link href={`/interviews/${interviewId}`} className={linkClass}>
                    {candidate?.name}
                  </Link>
                </td>
                <td className="px-3 py-2 font-mono text-xs break-all">{inviteUrl}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </Panel>
  );
}
