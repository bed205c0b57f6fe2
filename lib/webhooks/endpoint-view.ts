import { z } from "zod";
import type { WebhookDelivery, WebhookEndpoint } from "@/db/schema";
import { webhookDeliveryStatuses } from "@/db/schema/webhooks";
import { workspaceEventTypes } from "./event-types";

/** An endpoint as the API shows it: never its secret. */
export const webhookEndpointViewSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    description: z.string(),
    events: z.array(z.enum(workspaceEventTypes)),
    enabled: z.boolean(),
    disabledAt: z.iso.datetime().nullable(),
    disabledReason: z.string().nullable(),
    failingSince: z.iso
      .datetime()
      .nullable()
      .meta({ description: "Since when every attempt has failed; three days disables it." }),
    previousSecretExpiresAt: z.iso
      .datetime()
      .nullable()
      .meta({ description: "Until when the secret before the last rotation still signs." }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "WebhookEndpoint" });
export type WebhookEndpointView = z.infer<typeof webhookEndpointViewSchema>;

export const webhookDeliveryViewSchema = z
  .object({
    id: z.string().meta({ description: "The `webhook-id` header: the same on every attempt." }),
    eventType: z.enum(workspaceEventTypes),
    status: z.enum(webhookDeliveryStatuses),
    attempts: z.int(),
    lastStatusCode: z.int().nullable(),
    lastLatencyMs: z.int().nullable(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    deliveredAt: z.iso.datetime().nullable(),
    nextAttemptAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "WebhookDelivery" });
export type WebhookDeliveryView = z.infer<typeof webhookDeliveryViewSchema>;

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toWebhookEndpointView(endpoint: WebhookEndpoint): WebhookEndpointView {
  return webhookEndpointViewSchema.parse({
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    events: endpoint.events,
    enabled: endpoint.disabledAt === null,
    disabledAt: iso(endpoint.disabledAt),
    disabledReason: endpoint.disabledReason,
    failingSince: iso(endpoint.failingSince),
    previousSecretExpiresAt: iso(endpoint.previousSecretExpiresAt),
    createdAt: endpoint.createdAt.toISOString(),
  });
}

export function toWebhookDeliveryView(delivery: WebhookDelivery): WebhookDeliveryView {
  return webhookDeliveryViewSchema.parse({
    id: delivery.id,
    eventType: delivery.eventType,
    status: delivery.status,
    attempts: delivery.attempts,
    lastStatusCode: delivery.lastStatusCode,
    lastLatencyMs: delivery.lastLatencyMs,
    lastError: delivery.lastError,
    createdAt: delivery.createdAt.toISOString(),
    deliveredAt: iso(delivery.deliveredAt),
    nextAttemptAt: delivery.status === "pending" ? iso(delivery.nextAttemptAt) : null,
  });
}
