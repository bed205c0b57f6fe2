import "server-only";
import type { WebhookEndpoint } from "@/db/schema";
import {
  countWebhookEndpoints,
  getWebhookEndpoint,
  insertWebhookEndpoint,
  updateWebhookEndpoint,
} from "@/lib/db/webhook-endpoints";
import { DomainError, notFoundError } from "@/lib/domain-error";
import { checkWebhookUrl } from "./check-webhook-url";
import type { WorkspaceEventType } from "./event-types";
import { encryptWebhookSecret, generateWebhookSecret } from "./webhook-secret";

export const maxEndpointsPerWorkspace = 10;
/** How long the secret before a rotation keeps signing, so receivers can switch without a gap. */
export const previousSecretTtlMs = 24 * 60 * 60 * 1000;

/** A new endpoint and its secret, which is shown this once. */
export async function createWebhookEndpoint(input: {
  companyId: string;
  url: string;
  events: WorkspaceEventType[];
  description?: string;
}): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  await checkWebhookUrl(input.url);
  if ((await countWebhookEndpoints(input)) >= maxEndpointsPerWorkspace) {
    throw new DomainError({
      kind: "conflict",
      message: `A workspace has at most ${maxEndpointsPerWorkspace} webhook endpoints.`,
    });
  }
  const secret = generateWebhookSecret();
  const endpoint = await insertWebhookEndpoint({
    companyId: input.companyId,
    url: input.url,
    events: [...new Set(input.events)],
    description: input.description ?? "",
    secretCiphertext: encryptWebhookSecret(secret),
  });
  return { endpoint, secret };
}

/** Enabling again also forgets the failures that disabled it: the three days start over. */
export async function editWebhookEndpoint(input: {
  companyId: string;
  id: string;
  url?: string;
  events?: WorkspaceEventType[];
  description?: string;
  enabled?: boolean;
}): Promise<WebhookEndpoint> {
  if (input.url !== undefined) await checkWebhookUrl(input.url);
  const enabling =
    input.enabled === undefined
      ? {}
      : input.enabled
        ? { disabledAt: null, disabledReason: null, failingSince: null }
        : { disabledAt: new Date(), disabledReason: "Disabled by an admin." };
  const updated = await updateWebhookEndpoint({
    companyId: input.companyId,
    id: input.id,
    changes: {
      ...(input.url === undefined ? {} : { url: input.url }),
      ...(input.events === undefined ? {} : { events: [...new Set(input.events)] }),
      ...(input.description === undefined ? {} : { description: input.description }),
      ...enabling,
    },
  });
  if (!updated) throw notFoundError("Webhook endpoint");
  return updated;
}

/** A new secret; the current one keeps signing (beside it) for 24 hours. */
export async function rotateWebhookSecret(input: { companyId: string; id: string; now?: Date }) {
  const current = await getWebhookEndpoint(input);
  if (!current) throw notFoundError("Webhook endpoint");
  const secret = generateWebhookSecret();
  const previousSecretExpiresAt = new Date(
    (input.now ?? new Date()).getTime() + previousSecretTtlMs,
  );
  const updated = await updateWebhookEndpoint({
    companyId: input.companyId,
    id: input.id,
    changes: {
      secretCiphertext: encryptWebhookSecret(secret),
      previousSecretCiphertext: current.secretCiphertext,
      previousSecretExpiresAt,
    },
  });
  if (!updated) throw notFoundError("Webhook endpoint");
  return { secret, previousSecretExpiresAt };
}
