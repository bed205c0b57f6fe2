import type { Metadata } from "next";
import Link from "next/link";
import { Panel } from "@/app/_components/panel";
import { visiblePositionIds } from "@/lib/auth/require-interview-access";
import { requirePageMember } from "@/lib/auth/require-page-user";
import { roleCan } from "@/lib/auth/workspace-access";
import { getCompetencyLabel } from "@/lib/competencies/registry";
import { countInterviewsByPosition } from "@/lib/db/interview-counts";
import { listPositions } from "@/lib/db/positions";
import { linkClass, PageHeader } from "../../_components/page-header";
import { PositionForm } from "./position-form";

export const metadata: Metadata = { title: "Positions" };

export default async function PositionsPage() {
  const member = await requirePageMember("position:read");
  const [positions, counts] = await Promise.all([
    listPositions({ companyId: member.companyId, positionIds: visiblePositionIds(member) }),
    countInterviewsByPosition({ companyId: member.companyId }),
  ]);
  const canEdit = roleCan(member.role, "position:write");
  const canInvite = roleCan(member.role, "interview:write");
  return (
    <>
      <PageHeader
        title="Positions"
        description="Each position names the competencies its interviews cover and the language they run in."
      />
      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-[3fr_2fr]">
        <Panel heading="Open positions" tone="plain">
          {positions.length === 0 ? (
            <p className="mt-2 text-slate-700">
              {canEdit
                ? "No positions yet: create the first one."
                : "No positions are assigned to you yet: the hiring team assigns them."}
            </p>
          ) : (
            <ul className="mt-3 space-y-3">
              {positions.map((position) => (
                <li key={position.id} className="rounded-lg border border-slate-200 bg-white p-4">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <Link href={`/positions/${position.id}`} className={`${linkClass} text-base`}>
                      {position.title}
                    </Link>
                    <span className="text-sm text-slate-600">
                      {counts.get(position.id)?.total ?? 0} interviews ·{" "}
                      {counts.get(position.id)?.evaluated ?? 0} evaluated · {position.language}
                    </span>
                  </div>
                  <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Competencies">
                    {position.competencies.map((competency) => (
                      <li
                        key={competency}
                        className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-800"
                      >
                        {getCompetencyLabel({ competency, language: position.language })}
                      </li>
                    ))}
                  </ul>
                  <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                    <Link href={`/positions/${position.id}`} className={linkClass}>
                      {canEdit ? "Edit" : "Open"}
                    </Link>
                    <Link href={`/positions/${position.id}/compare`} className={linkClass}>
                      Compare candidates
                    </Link>
                    {canInvite ? (
                      <Link
                        href={`/interviews/new?positionId=${position.id}`}
                        className={linkClass}
                      >
                        Invite a candidate
                      </Link>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Panel>
        {canEdit ? (
          <Panel heading="New position" tone="plain">
            <div className="mt-3">
              <PositionForm />
            </div>
          </Panel>
        ) : null}
      </div>
    </>
  );
}
