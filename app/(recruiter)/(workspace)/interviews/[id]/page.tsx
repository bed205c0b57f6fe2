import type { Metadata } from "next";
import Link from "next/link";
import { Panel } from "@/app/_components/panel";
import { requirePageMember } from "@/lib/auth/require-page-user";
import { roleCan } from "@/lib/auth/workspace-access";
import { listInterviewQuestionsCached } from "@/lib/cache/cached-reads";
import { getCompetencyLabel } from "@/lib/competencies/registry";
import { getOwnInterviewOrNotFound } from "@/lib/dashboard/get-own-interview";
import { getInterviewOverview } from "@/lib/db/interview-overview";
import { listTranscriptSegments } from "@/lib/db/transcripts";
import { isMediaConfigured } from "@/lib/media/media-status";
import { buttonClass, linkClass, PageHeader } from "../../../_components/page-header";
import { AccommodationsSection } from "./accommodations-section";
import { ContestsSection } from "./contests-section";
import { DataRightsActions } from "./data-rights-actions";
import { InvitationProgress } from "./invitation-progress";
import { InviteActions } from "./invite-actions";
import { ListenLive } from "./listen-live";
import { LiveStatus } from "./live-status";

export const metadata: Metadata = { title: "Interview" };

const dateTime = new Intl.DateTimeFormat("en", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});
const formatDate = (date: Date | null) => (date ? `${dateTime.format(date)} UTC` : "—");

export default async function InterviewPage(props: { params: Promise<{ id: string }> }) {
  const member = await requirePageMember("interview:read");
  const { id } = await props.params;
  const interview = await getOwnInterviewOrNotFound({ id, member });
  const [overview, questions, segments] = await Promise.all([
    getInterviewOverview({ interview }),
    listInterviewQuestionsCached(interview.id),
    listTranscriptSegments({ interviewId: interview.id }),
  ]);
  const answeredIds = new Set(
    segments.filter((s) => s.speaker === "candidate").map((s) => s.questionId),
  );
  const canChangeInvite =
    roleCan(member.role, "interview:write") &&
    (interview.status === "invited" || interview.status === "expired");

  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/interviews" className={linkClass}>
            ← Interviews
          </Link>
        }
        title={interview.candidateName}
        description={`${interview.candidateEmail} · ${overview?.position.title ?? "Unknown position"}`}
        actions={
          interview.status === "evaluated" ? (
            <Link href={`/interviews/${interview.id}/report`} className={buttonClass}>
              Open the report
            </Link>
          ) : null
        }
      />
      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-[2fr_3fr]">
        <div className="space-y-4">
          <LiveStatus
            // A refresh after a status change remounts it with the server's new state.
            key={interview.status}
            interviewId={interview.id}
            initialStatus={interview.status}
            questionCount={questions.length}
            initialAnswered={answeredIds.size}
          />
          {isMediaConfigured() && interview.status === "in_progress" ? (
            <ListenLive interviewId={interview.id} />
          ) : null}
          {interview.status === "failed" && interview.failureReason ? (
            <p role="status" className="rounded-md bg-red-50 p-3 text-sm text-red-900">
              Evaluation failed: {interview.failureReason}
            </p>
          ) : null}
          <Panel heading="Timeline" headingStyle="normal">
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-600">Invited</dt>
              <dd>{formatDate(interview.createdAt)}</dd>
              <dt className="text-slate-600">Invite expires</dt>
              <dd>
                {interview.status === "invited" ? formatDate(interview.inviteExpiresAt) : "—"}
              </dd>
              <dt className="text-slate-600">Started</dt>
              <dd>{formatDate(interview.startedAt)}</dd>
              <dt className="text-slate-600">Completed</dt>
              <dd>{formatDate(interview.completedAt)}</dd>
              <dt className="text-slate-600">Evaluated</dt>
              <dd>{formatDate(interview.evaluatedAt)}</dd>
            </dl>
          </Panel>
          <InvitationProgress interview={interview} />
          <AccommodationsSection interview={interview} member={member} />
          <ContestsSection interviewId={interview.id} member={member} />
          {canChangeInvite ? (
            <Panel heading="Invite" headingStyle="normal">
              <p className="mt-1 mb-3 text-sm text-slate-700">
                The link is shown only when it is created. Lost it? Issue a new one.
              </p>
              <InviteActions interviewId={interview.id} status={interview.status} />
            </Panel>
          ) : null}
          {roleCan(member.role, "candidate-data:manage") ? (
            <Panel heading="Candidate data" headingStyle="normal">
              <p className="mt-1 mb-3 text-sm text-slate-700">
                A copy of everything held about this interview, or its deletion everywhere, when the
                candidate asks.
              </p>
              <DataRightsActions
                interviewId={interview.id}
                candidateEmail={interview.candidateEmail}
              />
            </Panel>
          ) : null}
        </div>
        <Panel heading="Questions" headingStyle="normal">
          <ol className="mt-2 space-y-3">
            {questions.map((question) => (
              <li key={question.id} className="flex gap-3 text-sm">
                <span className="mt-0.5 font-mono text-slate-600">{question.order}.</span>
                <div>
                  <p>{question.content}</p>
                  <p className="mt-0.5 text-xs text-slate-600">
                    {getCompetencyLabel({
                      competency: question.competency,
                      language: overview?.position.language ?? "en",
                    })}
                    {answeredIds.has(question.id) ? " · answered" : ""}
                  </p>
                </div>
              </li>
            ))}
          </ol>
        </Panel>
      </div>
    </>
  );
}
