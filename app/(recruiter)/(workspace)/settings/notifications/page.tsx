import type { Metadata } from "next";
import { Panel } from "@/app/_components/panel";
import { requirePageMember } from "@/lib/auth/require-page-user";
import { getNotificationEmailMode } from "@/lib/db/notification-settings";
import { PageHeader } from "../../../_components/page-header";
import { NotificationModeForm } from "./notification-mode-form";

export const metadata: Metadata = { title: "Notification settings" };

// Every role holds interview:read; the choice is the member's own, in the active workspace.
export default async function NotificationSettingsPage() {
  const member = await requirePageMember("interview:read");
  const emailMode = await getNotificationEmailMode(member);
  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Notifications"
        description="You are told when a report on a position you work on is ready or needs a review. It shows on your dashboard; choose how it reaches your inbox."
      />
      <Panel heading="Email" tone="plain" className="mt-8">
        <p className="mt-1 mb-3 text-sm text-slate-600">
          Mails name the position and link to the interview; candidates&apos; names stay in the app.
          This choice is yours alone, for this workspace.
        </p>
        <NotificationModeForm current={emailMode} />
      </Panel>
    </>
  );
}
