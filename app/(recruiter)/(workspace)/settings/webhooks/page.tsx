import type { Metadata } from "next";
import { requirePageMember } from "@/lib/auth/require-page-user";
import { workspaceEventTypes } from "@/lib/webhooks/event-types";
import { PageHeader } from "../../../_components/page-header";
import { WebhookEndpointsSection } from "./webhook-endpoints-section";
import { webhookEventDescriptions } from "./webhook-event-descriptions";

export const metadata: Metadata = { title: "Webhooks" };

// GET /settings/webhooks – owners and admins manage where the workspace's events are sent
export default async function WebhooksSettingsPage() {
  await requirePageMember("members:manage");
  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Webhooks"
        description={
          <>
            We POST each event to your endpoints as <code>{"{type, timestamp, data}"}</code> with
            ids only, signed the Standard Webhooks way (headers <code>webhook-id</code>,{" "}
            <code>webhook-timestamp</code>, <code>webhook-signature</code>). Failed deliveries are
            retried for 24 hours; an endpoint failing for 3 days is disabled and its admins are
            emailed. See docs/integrations.md for connecting an ATS.
          </>
        }
      />
      <WebhookEndpointsSection
        eventOptions={workspaceEventTypes.map((type) => ({
          type,
          description: webhookEventDescriptions[type],
        }))}
      />
    </>
  );
}
