import "server-only";
import type { WebhookDelivery, WebhookEndpoint } from "@/db/schema";
import {
  claimWebhookDelivery,
  getWebhookDeliveryById,
  recordWebhookAttempt,
} from "@/lib/db/webhook-deliveries";
import { clearEndpointFailing, markEndpointFailing } from "@/lib/db/webhook-endpoint-health";
import { getWebhookEndpointById } from "@/lib/db/webhook-endpoints";
import { isDomainError } from "@/lib/domain-error";
import { checkWebhookUrl } from "./check-webhook-url";
import { disableEndpointIfFailingTooLong } from "./disable-failing-endpoint";
import { signingSecretsOf } from "./endpoint-secrets";
import { nextRetryAt } from "./retry-schedule";
import { sendWebhookRequest, type WebhookResponse, webhookTimeoutMs } from "./send-webhook-request";
import { buildWebhookHeaders } from "./sign-webhook";

/** A claim older than this belongs to a process that died mid-send: the attempt may be taken again. */
export const staleClaimMs = 6 * webhookTimeoutMs;

export type AttemptOutcome = {
  deliveryId: string;
  /** False when another instance holds the attempt, or it is not due: nothing was sent. */
  attempted: boolean;
  status: WebhookDelivery["status"] | "missing";
  /** ISO time of the next try, while the delivery is pending. */
  nextAttemptAt: string | null;
};

function outcomeOf(delivery: WebhookDelivery, attempted: boolean): AttemptOutcome {
  return {
    deliveryId: delivery.id,
    attempted,
    status: delivery.status,
    nextAttemptAt:
      delivery.status === "pending" ? (delivery.nextAttemptAt?.toISOString() ?? null) : null,
  };
}

async function send(endpoint: WebhookEndpoint, delivery: WebhookDelivery, now: Date) {
  try {
    // Checked again at every send: the name may resolve elsewhere than when it was saved.
    const target = await checkWebhookUrl(endpoint.url);
    const body = JSON.stringify(delivery.payload);
    const headers = buildWebhookHeaders({
      messageId: delivery.id,
      sentAt: now,
      body,
      secrets: signingSecretsOf(endpoint, now),
    });
    return await sendWebhookRequest({ target, headers, body });
  } catch (error) {
    if (!isDomainError(error, "invalid_input")) throw error;
    return { ok: false, statusCode: null, latencyMs: 0, error: error.message } as WebhookResponse;
  }
}

function errorTextOf(response: WebhookResponse): string | null {
  if (response.ok) return null;
  if (response.statusCode === null) return response.error;
  const snippet = response.snippet.replace(/\s+/g, " ").trim();
  return `HTTP ${response.statusCode}${snippet ? `: ${snippet}` : ""}`;
}

/**
 * One attempt of one delivery, at most once: the row is claimed (pending → delivering) before
 * anything is sent. Records the answer's status, latency and a short error; schedules the next
 * try with backoff, or fails the delivery once its 24 h are over. A failure marks the endpoint
 * failing (three days of it disables the endpoint), a success clears that.
 */
export async function attemptWebhookDelivery(input: {
  deliveryId: string;
  now?: Date;
}): Promise<AttemptOutcome> {
  const now = input.now ?? new Date();
  const staleBefore = new Date(now.getTime() - staleClaimMs);
  const delivery = await claimWebhookDelivery({ id: input.deliveryId, now, staleBefore });
  if (!delivery) {
    const current = await getWebhookDeliveryById({ id: input.deliveryId });
    return current
      ? outcomeOf(current, false)
      : { deliveryId: input.deliveryId, attempted: false, status: "missing", nextAttemptAt: null };
  }
  const endpoint = await getWebhookEndpointById({ id: delivery.endpointId });
  const response: WebhookResponse = endpoint?.disabledAt
    ? { ok: false, statusCode: null, latencyMs: 0, error: "The endpoint is disabled." }
    : endpoint
      ? await send(endpoint, delivery, now)
      : { ok: false, statusCode: null, latencyMs: 0, error: "The endpoint is gone." };
  const retryAt =
    response.ok || !endpoint || endpoint.disabledAt
      ? null
      : nextRetryAt({ attempts: delivery.attempts, firstAttemptAt: delivery.createdAt, now });
  const recorded = await recordWebhookAttempt({
    id: delivery.id,
    changes: {
      status: response.ok ? "succeeded" : retryAt ? "pending" : "failed",
      nextAttemptAt: retryAt,
      lastStatusCode: response.statusCode,
      lastLatencyMs: response.latencyMs,
      lastError: errorTextOf(response),
      ...(response.ok ? { deliveredAt: now } : {}),
    },
  });
  if (endpoint && !endpoint.disabledAt) {
    if (response.ok) await clearEndpointFailing({ id: endpoint.id });
    else {
      const failingSince = await markEndpointFailing({ id: endpoint.id, now });
      await disableEndpointIfFailingTooLong({
        endpoint,
        failingSince,
        now,
        lastError: errorTextOf(response),
      });
    }
  }
  return outcomeOf(recorded ?? delivery, true);
}
