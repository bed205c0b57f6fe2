import type { WorkspaceEventType } from "@/lib/webhooks/event-types";

/** An endpoint as GET /api/webhook-endpoints answers it (no secret: that is shown once). */
export type WebhookEndpointView = {
  id: string;
  url: string;
  description: string;
  events: WorkspaceEventType[];
  enabled: boolean;
  disabledAt: string | null;
  disabledReason: string | null;
  failingSince: string | null;
  previousSecretExpiresAt: string | null;
  createdAt: string;
};

/** One row of GET /api/webhook-endpoints/{id}/deliveries. */
export type WebhookDeliveryView = {
  id: string;
  eventType: string;
  status: "pending" | "delivering" | "succeeded" | "failed";
  attempts: number;
  lastStatusCode: number | null;
  lastLatencyMs: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
  nextAttemptAt: string | null;
};

export type WebhookEventOption = { type: WorkspaceEventType; description: string };
