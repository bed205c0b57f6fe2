import { Panel } from "@/app/_components/panel";
import type { Interview } from "@/db/schema";
import { getInvitationStatus } from "@/lib/invitations/invitation-status";

const dateTime = new Intl.DateTimeFormat("en", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});
const at = (iso: string | Date | null) => (iso ? `${dateTime.format(new Date(iso))} UTC` : null);

const mailStates = {
  queued: "Waiting to be sent",
  sending: "Being sent",
  sent: "Accepted by the mail server",
  failed: "Could not be sent",
} as const;

/** How far the candidate got with the invitation: mailed, delivered to SMTP, opened, started, done. */
export async function InvitationProgress(props: { interview: Interview }) {
  const { interview } = props;
  const invitation = await getInvitationStatus(interview);
  const steps = [
    {
      label: "Invitation sent",
      value: at(invitation.sentAt) ?? "Not mailed (link shared by hand)",
    },
    {
      label: "Delivered",
      value: invitation.mailStatus
        ? `${mailStates[invitation.mailStatus]}${invitation.deliveredAt ? ` · ${at(invitation.deliveredAt)}` : ""}`
        : "—",
    },
    { label: "Opened the link", value: at(invitation.openedAt) ?? "Not yet" },
    { label: "Started", value: at(interview.startedAt) ?? "Not yet" },
    { label: "Completed", value: at(interview.completedAt) ?? "Not yet" },
    {
      label: "Reminders",
      value: `${invitation.remindersSent} sent${invitation.remindersOptedOut ? " · the candidate asked for no more" : ""}`,
    },
  ];
  return (
    <Panel heading="Invitation" headingStyle="normal">
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {steps.map((step) => (
          <div key={step.label} className="contents">
            <dt className="text-slate-600">{step.label}</dt>
            <dd>{step.value}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
