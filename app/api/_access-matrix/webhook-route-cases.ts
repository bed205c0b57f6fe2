import { POST as resendDelivery } from "@/app/api/webhook-endpoints/[id]/deliveries/[deliveryId]/resend/route";
import { GET as listDeliveries } from "@/app/api/webhook-endpoints/[id]/deliveries/route";
import { POST as rotateSecret } from "@/app/api/webhook-endpoints/[id]/rotate-secret/route";
import * as endpoint from "@/app/api/webhook-endpoints/[id]/route";
import * as endpoints from "@/app/api/webhook-endpoints/route";
import { getDb } from "@/db/client";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { encryptWebhookSecret, generateWebhookSecret } from "@/lib/webhooks/webhook-secret";
import { callRoute } from "@/tests/support/call-route";
import { managersOnly } from "./callers";
import type { Params, RouteCase } from "./route-case";
import type { World } from "./world";

/** Owners and admins manage the webhooks of their own workspace (another's owner, theirs). */
const managersOfOwnWorkspace = { ...managersOnly, otherWorkspace: "allowed" } as const;

const fixtures = new WeakMap<World, { id: string; deliveryId: string }>();

/** The ids of the world's endpoint and of one finished delivery of it. */
function fixtureOf(world: World) {
  let fixture = fixtures.get(world);
  if (!fixture) {
    fixture = { id: crypto.randomUUID(), deliveryId: `msg_matrix${Date.now().toString(36)}` };
    fixtures.set(world, fixture);
  }
  return fixture;
}

/**
 * Before an allowed caller's turn (an owner's or admin's, on the fixture's own ids), the endpoint
 * and a failed delivery exist again: an earlier turn may have deleted or resent them. Refused
 * turns and wrong ids write nothing. Its URL is refused at send time, so a resend sends nothing.
 */
async function restoreFixture(request: {
  token: string | undefined;
  params: Params;
  world: World;
}) {
  const { world, params, token } = request;
  const fixture = fixtureOf(world);
  const isManager = token === world.tokens.owner || token === world.tokens.admin;
  const isFixture =
    params.id === fixture.id && (params.deliveryId ?? fixture.deliveryId) === fixture.deliveryId;
  if (!isManager || !isFixture) return;
  const db = await getDb();
  await db
    .insert(webhookEndpoints)
    .values({
      id: fixture.id,
      companyId: world.companyId,
      url: "https://10.0.0.1/matrix",
      events: ["report.ready"],
      secretCiphertext: encryptWebhookSecret(generateWebhookSecret()),
    })
    .onConflictDoNothing();
  await db
    .insert(webhookDeliveries)
    .values({
      id: fixture.deliveryId,
      endpointId: fixture.id,
      companyId: world.companyId,
      eventType: "report.ready",
      payload: {},
      status: "failed",
    })
    .onConflictDoUpdate({ target: webhookDeliveries.id, set: { status: "failed" } });
}

const endpointParams = (world: World) => ({ id: fixtureOf(world).id });

export const webhookRouteCases: RouteCase[] = [
  {
    name: "GET /api/webhook-endpoints",
    expectations: managersOfOwnWorkspace,
    call: ({ token }) => callRoute(endpoints.GET, { token }),
  },
  {
    name: "POST /api/webhook-endpoints",
    expectations: managersOfOwnWorkspace,
    call: ({ token }) =>
      callRoute(endpoints.POST, {
        token,
        json: { url: "https://93.184.215.14/hook", events: ["report.ready"] },
      }),
  },
  {
    name: "GET /api/webhook-endpoints/{id}/deliveries",
    expectations: managersOnly,
    params: endpointParams,
    call: async (request) => {
      await restoreFixture(request);
      return callRoute(listDeliveries, { token: request.token, params: request.params });
    },
  },
  {
    name: "POST /api/webhook-endpoints/{id}/deliveries/{deliveryId}/resend",
    expectations: managersOnly,
    params: (world) => fixtureOf(world),
    call: async (request) => {
      await restoreFixture(request);
      return callRoute(resendDelivery, {
        method: "POST",
        token: request.token,
        params: request.params,
      });
    },
  },
  {
    name: "POST /api/webhook-endpoints/{id}/rotate-secret",
    expectations: managersOnly,
    params: endpointParams,
    call: async (request) => {
      await restoreFixture(request);
      return callRoute(rotateSecret, {
        method: "POST",
        token: request.token,
        params: request.params,
      });
    },
  },
  {
    name: "PATCH /api/webhook-endpoints/{id}",
    expectations: managersOnly,
    params: endpointParams,
    call: async (request) => {
      await restoreFixture(request);
      return callRoute(endpoint.PATCH, {
        method: "PATCH",
        token: request.token,
        params: request.params,
        json: { description: "matrix" },
      });
    },
  },
  {
    name: "DELETE /api/webhook-endpoints/{id}",
    expectations: managersOnly,
    params: endpointParams,
    call: async (request) => {
      await restoreFixture(request);
      return callRoute(endpoint.DELETE, {
        method: "DELETE",
        token: request.token,
        params: request.params,
      });
    },
  },
];
