import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Panel } from "@/app/_components/panel";
import { requirePageMember } from "@/lib/auth/require-page-user";
import { getCompanyCached } from "@/lib/cache/cached-reads";
import { resolveReminderPolicy } from "@/lib/invitations/reminder-policy";
import { PageHeader } from "../../../_components/page-header";
import { CandidateFeedbackForm } from "./candidate-feedback-form";
import { RecordingModeForm } from "./recording-mode-form";
import { ReminderPolicyForm } from "./reminder-policy-form";
import { WorkspaceNameForm } from "./workspace-name-form";

export const metadata: Metadata = { title: "Workspace settings" };

export default async function WorkspaceSettingsPage() {
  const member = await requirePageMember("workspace:manage");
  const company = await getCompanyCached(member.companyId);
  if (!company) notFound();
  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Workspace"
        description="What this workspace is called and what its candidates see and agree to."
      />
      <Panel heading="Name" tone="plain" className="mt-8">
        <WorkspaceNameForm companyId={company.id} current={company.name} />
      </Panel>
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
      <Panel heading="Reminders to candidates" tone="plain" className="mt-8">
        <p className="mt-1 mb-3 text-sm text-slate-600">
          Sent to candidates who have not started, with their link and a way to stop them. Never
          between 21:00 and 08:00 in a candidate’s time zone when it is known, and none after the
          interview starts.
        </p>
        <ReminderPolicyForm
          companyId={company.id}
          current={resolveReminderPolicy(company.reminderPolicy)}
          isDefault={company.reminderPolicy === null}
        />
      </Panel>
    </>
  );
}
