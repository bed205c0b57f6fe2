import { z } from "zod";
import { webhookDeliveryViewSchema, webhookEndpointViewSchema } from "@/lib/webhooks/endpoint-view";
import { listWebhookDeliveriesQuerySchema } from "../../webhook-endpoints/[id]/deliveries/schema";
import {
  createWebhookEndpointSchema,
  updateWebhookEndpointSchema,
} from "../../webhook-endpoints/schema";
import type { OperationSpec } from "../operation-spec";
import { uuidPathParam } from "../path-params";

const tag = "Webhooks";
const access = { member: "members:manage" } as const;
const endpointParams = { id: uuidPathParam("webhook endpoint") };
const secretSchema = z
  .string()
  .meta({ description: "`whsec_…`: the signing secret, shown only here.", example: "whsec_…" });
const urlRefused =
  "`webhook_url_refused`: the URL is not https (in production), carries credentials, or its host resolves to a private, loopback or link-local address; `unprocessable_entity`: the input does not match the schema.";

export const webhookEndpointOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/webhook-endpoints",
    summary: "The workspace's webhook endpoints (never their secrets)",
    tag,
    access,
    success: {
      status: 200,
      description: "The endpoints, oldest first.",
      schema: z.object({ endpoints: z.array(webhookEndpointViewSchema) }),
    },
  },
  {
    method: "post",
    path: "/api/webhook-endpoints",
    summary: "Add a webhook endpoint; its signing secret is shown only in this answer",
    tag,
    access,
    body: {
      schema: createWebhookEndpointSchema,
      example: {
        url: "https://ats-relay.example.com/hooks/interviews",
        events: ["interview.completed", "report.ready"],
        description: "Greenhouse relay",
      },
    },
    success: {
      status: 201,
      description: "The endpoint and its secret.",
      schema: webhookEndpointViewSchema.extend({ secret: secretSchema }),
    },
    errors: {
      409: "`conflict`: the workspace already has 10 endpoints.",
      422: urlRefused,
    },
  },
  {
    method: "patch",
    path: "/api/webhook-endpoints/{id}",
    summary: "Change an endpoint's URL, events or description, or enable or disable it",
    tag,
    access,
    pathParams: endpointParams,
    body: { schema: updateWebhookEndpointSchema, example: { enabled: true } },
    success: { status: 200, description: "The endpoint.", schema: webhookEndpointViewSchema },
    errors: { 422: urlRefused },
  },
  {
    method: "delete",
    path: "/api/webhook-endpoints/{id}",
    summary: "Delete an endpoint and its delivery log",
    tag,
    access,
    pathParams: endpointParams,
    success: { status: 204, description: "Deleted." },
  },
  {
    method: "post",
    path: "/api/webhook-endpoints/{id}/rotate-secret",
    summary: "A new signing secret; the previous one keeps signing beside it for 24 hours",
    tag,
    access,
    pathParams: endpointParams,
    success: {
      status: 200,
      description: "The new secret, shown only here, and until when the previous one signs.",
      schema: z.object({ secret: secretSchema, previousSecretExpiresAt: z.iso.datetime() }),
    },
  },
  {
    method: "get",
    path: "/api/webhook-endpoints/{id}/deliveries",
    summary: "An endpoint's delivery log: status, attempts, last response code, latency and error",
    tag,
    access,
    pathParams: endpointParams,
    query: listWebhookDeliveriesQuerySchema,
    success: {
      status: 200,
      description: "A page of deliveries, newest first.",
      schema: z.object({
        deliveries: z.array(webhookDeliveryViewSchema),
        nextCursor: z.string().nullable(),
      }),
    },
  },
  {
    method: "post",
    path: "/api/webhook-endpoints/{id}/deliveries/{deliveryId}/resend",
    summary: "Send a failed or succeeded delivery again, under the same webhook-id",
    tag,
    access,
    pathParams: {
      ...endpointParams,
      deliveryId: z.string().meta({ description: "The delivery's id (`msg_…`)." }),
    },
    success: {
      status: 202,
      description: "Queued: the attempt runs after this answer.",
      schema: z.object({ delivery: webhookDeliveryViewSchema }),
    },
    errors: { 409: "`conflict`: the delivery is still pending or being attempted." },
  },
];
