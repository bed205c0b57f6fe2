import type { Metadata } from "next";
import Link from "next/link";
import { interviewStatuses } from "@/db/schema/interviews";
import { visiblePositionIds } from "@/lib/auth/require-interview-access";
import { requirePageMember } from "@/lib/auth/require-page-user";
import { roleCan } from "@/lib/auth/workspace-access";
import { addHumanOverallScores } from "@/lib/compliance/scorecard/human-overall-scores";
import { statusLabels } from "@/lib/dashboard/labels";
import { searchInterviews } from "@/lib/db/interview-search";
import { listPositions } from "@/lib/db/positions";
import { InterviewTable } from "../../_components/interview-table";
import {
  buttonClass,
  inputClass,
  PageHeader,
  secondaryButtonClass,
} from "../../_components/page-header";
import { interviewListParamsSchema } from "./search-params";

export const metadata: Metadata = { title: "Interviews" };

const listLimit = 200;
const sortLabels = {
  newest: "Newest first",
  oldest: "Oldest first",
  name: "Candidate name",
  score: "Highest score",
  status: "Status",
} as const;

export default async function InterviewsPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const member = await requirePageMember("interview:read");
  const params = interviewListParamsSchema.parse(await props.searchParams);
  const [positions, rows] = await Promise.all([
    listPositions({ companyId: member.companyId, positionIds: visiblePositionIds(member) }),
    searchInterviews({
      companyId: member.companyId,
      statuses: params.status ? [params.status] : undefined,
      positionId: params.positionId,
      positionIds: visiblePositionIds(member),
      query: params.q,
      sort: params.sort,
      limit: listLimit,
    }).then(addHumanOverallScores),
  ]);
  const isFiltered = Boolean(params.q || params.status || params.positionId);

  return (
    <>
      <PageHeader
        title="Interviews"
        description="Every candidate your company invited. Open one to follow it live, resend or expire the invite, or read the report."
        actions={
          roleCan(member.role, "interview:write") ? (
            <Link href="/interviews/new" className={buttonClass}>
              Invite a candidate
            </Link>
          ) : null
        }
      />
      {params.notice === "erased" ? (
        <p
          role="status"
          className="mt-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          The candidate's data was deleted. A record that it happened, without personal data, is
          kept.
        </p>
      ) : null}
      <search aria-label="Filter interviews">
        <form
          method="get"
          className="mt-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto]"
        >
          <div>
            <label htmlFor="q" className="block text-sm font-medium">
              Search name or email
            </label>
            <input id="q" name="q" type="search" defaultValue={params.q} className={inputClass} />
          </div>
          <div>
            <label htmlFor="status" className="block text-sm font-medium">
              Status
            </label>
            <select
              id="status"
              name="status"
              defaultValue={params.status ?? ""}
              className={inputClass}
            >
              <option value="">Any status</option>
              {interviewStatuses.map((status) => (
                <option key={status} value={status}>
                  {statusLabels[status]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="positionId" className="block text-sm font-medium">
              Position
            </label>
            <select
              id="positionId"
              name="positionId"
              defaultValue={params.positionId ?? ""}
              className={inputClass}
            >
              <option value="">Any position</option>
              {positions.map((position) => (
                <option key={position.id} value={position.id}>
                  {position.title}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="sort" className="block text-sm font-medium">
              Sort by
            </label>
            <select id="sort" name="sort" defaultValue={params.sort} className={inputClass}>
              {Object.entries(sortLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="flex items-end gap-2">
            <button type="submit" className={buttonClass}>
              Apply
            </button>
            {isFiltered ? (
              <Link href="/interviews" className={secondaryButtonClass}>
                Clear
              </Link>
            ) : null}
          </div>
        </form>
      </search>
      <p className="mt-4 text-sm text-slate-600" aria-live="polite">
        {rows.length === listLimit ? `Showing the first ${listLimit}` : `${rows.length} shown`}
        {isFiltered ? " (filtered)" : ""}
      </p>
      <InterviewTable
        rows={rows}
        emptyText={isFiltered ? "No interview matches these filters." : "No interviews yet."}
      />
    </>
  );
}
