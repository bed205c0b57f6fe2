import type { WorkspaceEventType } from "@/lib/webhooks/event-types";

// Types only (erased from the browser bundle): the API's own view schemas say what the page reads.
export type { WebhookDeliveryView, WebhookEndpointView } from "@/lib/webhooks/endpoint-view";

export type WebhookEventOption = { type: WorkspaceEventType; description: string };
