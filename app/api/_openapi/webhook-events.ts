import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from "zod-openapi";
import { type WorkspaceEventType, workspaceEventTypes } from "@/lib/webhooks/event-types";
import { webhookPayloadSchemas } from "@/lib/webhooks/payload-schemas";

/** Standard Webhooks' three headers, as every delivery to a workspace's endpoint carries them. */
const webhookHeadersSchema = z.object({
  "webhook-id": z.string().meta({
    description:
      "The delivery's id: the same on every retry and on a manual resend, so a receiver can drop repeats.",
  }),
  "webhook-timestamp": z.string().regex(/^\d+$/).meta({
    description:
      "When this attempt was signed, in Unix seconds. Refuse one more than 5 minutes from your clock.",
    example: "1796601600",
  }),
  "webhook-signature": z.string().meta({
    description:
      "Space-separated `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`, one per secret: for 24 h after a rotation both the new and the previous secret sign. Verify with `new Webhook(secret).verify(rawBody, headers)` from the `standardwebhooks` package.",
    example: "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=",
  }),
});

function toWebhookOperation(type: WorkspaceEventType): ZodOpenApiOperationObject {
  return {
    operationId: `webhook_${type.replace(".", "_")}`,
    summary: type,
    description:
      "Sent as a POST to each enabled endpoint of the workspace subscribed to this event. Answer 2xx within 10 s; anything else is retried with exponential backoff for 24 h, and an endpoint that fails for 3 days is disabled.",
    tags: ["Webhook events"],
    requestParams: { header: webhookHeadersSchema },
    requestBody: {
      required: true,
      content: { "application/json": { schema: webhookPayloadSchemas[type] } },
    },
    responses: {
      "2XX": { description: "Received: the delivery succeeded and is not retried." },
      default: { description: "Any other answer, or none within 10 s: retried later." },
    },
  };
}

/** OpenAPI 3.1's top-level `webhooks`: one entry per event type, with the body it carries. */
export function buildWebhookEvents(): ZodOpenApiPathsObject {
  return Object.fromEntries(
    workspaceEventTypes.map((type) => [type, { post: toWebhookOperation(type) }]),
  );
}
