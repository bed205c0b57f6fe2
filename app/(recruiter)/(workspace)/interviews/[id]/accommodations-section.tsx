import { Panel } from "@/app/_components/panel";
import type { Interview } from "@/db/schema";
import type { MemberPrincipal } from "@/lib/auth/require-user";
import { roleCan } from "@/lib/auth/workspace-access";
import { noticeMessages } from "@/lib/compliance/notice/notice-messages";
import { GrantAccommodationForm } from "./grant-accommodation-form";

const kindLabels = noticeMessages.en.kinds;
const dateTime = new Intl.DateTimeFormat("en", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});
const formatDate = (value: Date | string | null) =>
  value ? `${dateTime.format(new Date(value))} UTC` : "—";

/**
 * What the candidate chose on the notice screen (AI scoring, an accommodation request), the notice
 * version they saw, and the grant; the hiring team grants before the start.
 */
export function AccommodationsSection(props: { interview: Interview; member: MemberPrincipal }) {
  const { interview } = props;
  const request = interview.accommodationRequest;
  const grant = interview.accommodationGrant;
  const canGrant = roleCan(props.member.role, "interview:write") && interview.status === "invited";
  return (
    <Panel heading="Accommodations" headingStyle="normal">
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">AI scoring</dt>
        <dd>{interview.aiScoring ? "On" : "Off: the candidate asked that no AI score them"}</dd>
        <dt className="text-slate-600">Request</dt>
        <dd>
          {request
            ? `${request.kinds.map((kind) => kindLabels[kind]).join(", ")} (${formatDate(request.requestedAt)})`
            : "None"}
        </dd>
        {request?.note ? (
          <>
            <dt className="text-slate-600">Their note</dt>
            <dd className="whitespace-pre-wrap">{request.note}</dd>
          </>
        ) : null}
        <dt className="text-slate-600">Notice seen</dt>
        <dd>
          {interview.noticeHash
            ? `${formatDate(interview.noticeSeenAt)} · version ${interview.noticeVersionId?.slice(0, 8)} · sha256 ${interview.noticeHash.slice(0, 12)}…`
            : "Not yet"}
        </dd>
        <dt className="text-slate-600">Granted</dt>
        <dd>
          {grant
            ? `${grant.answerTimeMultiplier}× time per answer${grant.kinds.length ? `; ${grant.kinds.map((kind) => kindLabels[kind]).join(", ")}` : ""} (${formatDate(grant.grantedAt)})`
            : "Nothing"}
        </dd>
      </dl>
      {canGrant ? (
        <GrantAccommodationForm
          interviewId={interview.id}
          initialKinds={grant?.kinds ?? request?.kinds ?? []}
          initialMultiplier={grant?.answerTimeMultiplier ?? 1}
        />
      ) : null}
    </Panel>
  );
}
