import type { Metadata } from "next";
import Link from "next/link";
import { Panel } from "@/app/_components/panel";
import { visiblePositionIds } from "@/lib/auth/require-interview-access";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { assertMemberMay, type MemberPrincipal } from "@/lib/auth/require-user";
import { roleCan } from "@/lib/auth/workspace-access";
import { workspaceRoleLabels } from "@/lib/auth/workspace-role-labels";
import { getCompanyCached } from "@/lib/cache/cached-reads";
import { addHumanOverallScores } from "@/lib/compliance/scorecard/human-overall-scores";
import { countInterviewsByStatus } from "@/lib/db/interview-counts";
import { searchInterviews } from "@/lib/db/interview-search";
import { listPositions } from "@/lib/db/positions";
import { InterviewTable } from "../../_components/interview-table";
import {
  buttonClass,
  linkClass,
  PageHeader,
  secondaryButtonClass,
} from "../../_components/page-header";
import { NotificationsPanel } from "./notifications-panel";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePageUser();
  const company = user.workspace ? await getCompanyCached(user.workspace.companyId) : null;
  return (
    <>
      <PageHeader
        eyebrow={
          user.workspace
            ? workspaceRoleLabels[user.workspace.role]
            : user.platformRole === "operator"
              ? "Operator"
              : null
        }
        title={company?.name ?? "No workspace"}
        actions={
          company && user.workspace ? (
            <>
              {roleCan(user.workspace.role, "workspace:manage") ? (
                <Link href="/settings/workspace" className={secondaryButtonClass}>
                  Workspace settings
                </Link>
              ) : null}
              {roleCan(user.workspace.role, "interview:write") ? (
                <Link href="/interviews/new" className={buttonClass}>
                  Invite a candidate
                </Link>
              ) : null}
            </>
          ) : null
        }
      />
      {company && user.workspace ? (
        <CompanyOverview member={assertMemberMay(user, "interview:read")} />
      ) : (
        <p className="mt-6 text-slate-700">
          This account is not a member of a workspace.
          {user.platformRole === "operator" ? (
            <>
              {" "}
              See the{" "}
              <Link href="/operator" className={linkClass}>
                operator page
              </Link>{" "}
              for the service&apos;s health.
            </>
          ) : null}
        </p>
      )}
    </>
  );
}

async function CompanyOverview({ member }: { member: MemberPrincipal }) {
  const scope = { companyId: member.companyId, positionIds: visiblePositionIds(member) };
  const [positions, recent, counts] = await Promise.all([
    listPositions(scope),
    searchInterviews({ ...scope, sort: "newest", limit: 8, isReviewFirst: true }).then(
      addHumanOverallScores,
    ),
    countInterviewsByStatus(scope),
  ]);
  const figures = [
    {
      label: "Waiting for the candidate",
      value: (counts.invited ?? 0) + (counts.in_progress ?? 0),
    },
    { label: "Being evaluated", value: (counts.completed ?? 0) + (counts.evaluating ?? 0) },
    { label: "Reports ready", value: counts.evaluated ?? 0 },
    { label: "Expired or failed", value: (counts.expired ?? 0) + (counts.failed ?? 0) },
  ];
  return (
    <>
      <Panel heading="Interviews at a glance" headingStyle="hidden" tone="plain" className="mt-6">
        <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {figures.map((figure) => (
            <div key={figure.label} className="rounded-lg border border-slate-200 bg-white p-4">
              <dt className="text-sm text-slate-600">{figure.label}</dt>
              <dd className="mt-1 text-2xl font-bold tabular-nums">{figure.value}</dd>
            </div>
          ))}
        </dl>
      </Panel>
      <NotificationsPanel member={member} />
      <Panel
        heading="Recent interviews"
        tone="plain"
        className="mt-8"
        actions={
          <Link href="/interviews" className={linkClass}>
            All interviews
          </Link>
        }
      >
        <p className="mt-1 text-sm text-slate-600">
          Reports waiting for a human review (and no decision yet) come first.
        </p>
        <InterviewTable rows={recent} emptyText="No interviews yet." />
      </Panel>
      <Panel
        heading="Positions"
        tone="plain"
        className="mt-8"
        actions={
          <Link href="/positions" className={linkClass}>
            All positions
          </Link>
        }
      >
        {positions.length === 0 ? (
          <p className="mt-2 text-slate-700">
            No positions to show yet: a position names what its interviews cover.
          </p>
        ) : null}
        <ul hidden={positions.length === 0} className="mt-3 grid gap-3 sm:grid-cols-2">
          {positions.map((position) => (
            <li key={position.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="font-medium">{position.title}</p>
              <p className="mt-1 text-sm text-slate-600">
                Language: {position.language} · {position.competencies.join(", ")}
              </p>
              <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
                <Link href={`/positions/${position.id}/compare`} className={linkClass}>
                  Compare candidates
                </Link>
                <Link href={`/interviews?positionId=${position.id}`} className={linkClass}>
                  Interviews
                </Link>
              </p>
            </li>
          ))}
        </ul>
      </Panel>
    </>
  );
}
