import type { Metadata } from "next";
import Link from "next/link";
import { Panel } from "@/app/_components/panel";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getCompanyCached } from "@/lib/cache/cached-reads";
import { countInterviewsByStatus } from "@/lib/db/interview-counts";
import { searchInterviews } from "@/lib/db/interview-search";
import { listPositions } from "@/lib/db/positions";
import { InterviewTable } from "../../_components/interview-table";
import { buttonClass, linkClass, PageHeader } from "../../_components/page-header";
import { CandidateFeedbackForm } from "./candidate-feedback-form";
import { RecordingModeForm } from "./recording-mode-form";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePageUser();
  const company = user.companyId ? await getCompanyCached(user.companyId) : null;
  return (
    <>
      <PageHeader
        eyebrow={user.role === "operator" ? "Operator" : "Recruiter"}
        title={company?.name ?? "No company"}
        actions={
          company ? (
            <Link href="/interviews/new" className={buttonClass}>
              Invite a candidate
            </Link>
          ) : null
        }
      />
      {company ? (
        <>
          <CompanyOverview companyId={company.id} />
          <Panel heading="What candidates see after the interview" tone="plain" className="mt-8">
            <p className="mt-1 mb-3 text-sm text-slate-600">
              A hire recommendation is never shown to candidates unless you choose “Everything”.
            </p>
            <CandidateFeedbackForm companyId={company.id} current={company.candidateFeedback} />
          </Panel>
          <Panel heading="Recording answers" tone="plain" className="mt-8">
            <p className="mt-1 mb-3 text-sm text-slate-600">
              Candidates are asked first; a candidate who declines is interviewed without recording.
            </p>
            <RecordingModeForm companyId={company.id} current={company.recordingMode} />
          </Panel>
        </>
      ) : (
        <p className="mt-6 text-slate-700">
          This account belongs to no company.
          {user.role === "operator" ? (
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

async function CompanyOverview({ companyId }: { companyId: string }) {
  const [positions, recent, counts] = await Promise.all([
    listPositions({ companyId }),
    searchInterviews({ companyId, sort: "newest", limit: 8, isReviewFirst: true }),
    countInterviewsByStatus({ companyId }),
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
            Manage positions
          </Link>
        }
      >
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
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
