import "server-only";
import type { WebhookEndpoint } from "@/db/schema";
import { getCompanyById } from "@/lib/db/companies";
import { disableWebhookEndpoint } from "@/lib/db/webhook-endpoint-health";
import { listWorkspaceAdmins } from "@/lib/db/workspace-admins";
import { env } from "@/lib/env.mjs";
import { queueMail } from "@/lib/mail/queue-mail";
import { disableAfterFailingMs } from "./retry-schedule";

const dayMs = 24 * 60 * 60 * 1000;

/** Where an admin manages the workspace's webhooks. */
export const webhookSettingsPath = "/settings/webhooks";

/**
 * After three days in which every attempt failed, the endpoint is disabled (once, whichever
 * instance gets there first) and the workspace's owners and admins are mailed. The caller
 * dispatches the queued mail (`withQueuedMailDispatched`).
 */
export async function disableEndpointIfFailingTooLong(input: {
  endpoint: WebhookEndpoint;
  failingSince: Date | null;
  now: Date;
  lastError?: string | null;
}): Promise<boolean> {
  const { failingSince, now } = input;
  if (!failingSince || now.getTime() - failingSince.getTime() < disableAfterFailingMs) return false;
  const failingDays = Math.floor((now.getTime() - failingSince.getTime()) / dayMs);
  const disabled = await disableWebhookEndpoint({
    id: input.endpoint.id,
    reason: `Every delivery failed for ${failingDays} days.`,
    now,
  });
  if (!disabled) return false;
  const [company, admins] = await Promise.all([
    getCompanyById({ id: disabled.companyId }),
    listWorkspaceAdmins({ companyId: disabled.companyId }),
  ]);
  const origin = env.APP_URL ?? `http://localhost:${env.PORT}`;
  for (const admin of admins) {
    await queueMail({
      kind: "webhook-endpoint-disabled",
      to: admin.email,
      locale: "en",
      companyId: disabled.companyId,
      props: {
        workspaceName: company?.name ?? "your workspace",
        endpointUrl: disabled.url,
        failingDays,
        lastError: input.lastError ?? "no answer",
        link: new URL(webhookSettingsPath, origin).toString(),
      },
    });
  }
  return true;
}
