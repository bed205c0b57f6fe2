import type { Metadata } from "next";
import Link from "next/link";
import { Panel } from "@/app/_components/panel";
import { requirePageOperator } from "@/lib/auth/require-page-user";
import { listMailMessages } from "@/lib/mail/list-messages";
import { linkClass, PageHeader } from "../../../_components/page-header";
import { FailedMessages } from "./failed-messages";
import { MailboxTable } from "./mailbox-table";

export const metadata: Metadata = { title: "Mail" };

const modeDescriptions = {
  embedded:
    "No SMTP_URL is set: messages are not sent anywhere, they are kept here. Open a message's link to act on it (reset a password, accept an invitation) as its recipient would.",
  smtp: "Messages go out over SMTP_URL. Their bodies and links are deleted once sent (they hold single-use links), so this page shows what was sent and what failed, not what it said.",
} as const;

export default async function OperatorMailPage() {
  await requirePageOperator();
  const [recent, failed] = await Promise.all([
    listMailMessages({ limit: 100 }),
    listMailMessages({ limit: 20, status: "failed" }),
  ]);
  return (
    <>
      <PageHeader
        title="Mail"
        eyebrow={
          <Link href="/operator" className={linkClass}>
            Operator
          </Link>
        }
        description={modeDescriptions[recent.mode]}
      />
      <div className="mt-6 grid grid-cols-1 gap-6">
        <Panel heading="Failed messages" padding="roomy">
          <FailedMessages messages={failed.messages} />
        </Panel>
        <Panel heading="Recent messages" padding="roomy">
          <MailboxTable messages={recent.messages} mode={recent.mode} />
        </Panel>
      </div>
    </>
  );
}
