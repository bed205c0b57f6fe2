import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { webhookEndpoints } from "@/db/schema";
import { attemptWebhookDelivery } from "@/lib/webhooks/attempt-delivery";
import { recordWebhookDeliveries } from "@/lib/webhooks/record-deliveries";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createInvitedInterview, createTenant, type Tenant } from "@/tests/support/factories";
import { allowLocalWebhooks } from "@/tests/support/local-webhooks.mock";
import { setUpWebhookReceiver } from "@/tests/support/webhook-receiver-per-file";
import { POST as resend } from "./[id]/deliveries/[deliveryId]/resend/route";
import { GET as listDeliveries } from "./[id]/deliveries/route";
import { POST as rotate } from "./[id]/rotate-secret/route";
import * as endpoint from "./[id]/route";
import * as endpoints from "./route";

vi.mock("@/lib/webhooks/local-webhooks", () => import("@/tests/support/local-webhooks.mock"));

const { receiver } = setUpWebhookReceiver();

const path = "/api/webhook-endpoints";
type Created = { id: string; secret: string; events: string[]; enabled: boolean };

async function create(tenant: Tenant, json: Record<string, unknown> = {}) {
  const result = await callRoute(endpoints.POST, {
    path,
    token: tenant.token,
    json: { url: receiver.url, events: ["report.ready"], ...json },
  });
  return result;
}

async function created(tenant: Tenant) {
  const result = await create(tenant);
  expect(result.status).toBe(201);
  return result.body as Created;
}

describe("POST /api/webhook-endpoints", () => {
  it("creates an endpoint and shows its whsec_ secret once, never in a listing or a log", async () => {
    const logged: string[] = [];
    for (const method of ["log", "info", "warn", "error"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(" "));
      });
    }
    const tenant = await createTenant();
    const body = await created(tenant);
    expect(body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(body).toMatchObject({ events: ["report.ready"], enabled: true });

    const listed = await callRoute(endpoints.GET, { path, token: tenant.token });
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).not.toContain(body.secret.slice(6));
    const [row] = await (await getDb())
      .select()
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, body.id));
    expect(row?.secretCiphertext).not.toContain(body.secret.slice(6));
    const patched = await callRoute(endpoint.PATCH, {
      method: "PATCH",
      token: tenant.token,
      params: { id: body.id },
      json: { description: "ATS" },
    });
    expect(JSON.stringify(patched.body)).not.toContain(body.secret.slice(6));
    expect(logged.join("\n")).not.toContain(body.secret.slice(6));
    vi.restoreAllMocks();
  });

  it.each([
    ["a private address", "http://10.0.0.1/hooks"],
    ["the cloud metadata address", "http://169.254.169.254/latest/meta-data"],
    ["CGNAT", "https://100.64.0.1/hooks"],
    ["an IPv4-mapped loopback", "http://[::ffff:127.0.0.1]:8080/hooks"],
    ["IPv6 unique-local", "https://[fd00::1]/hooks"],
  ])("refuses %s at creation (webhook_url_refused)", async (_name, url) => {
    allowLocalWebhooks(false);
    const result = await create(await createTenant(), { url });
    expect(result.status).toBe(422);
    expect(errorCode(result)).toBe("webhook_url_refused");
  });

  it("refuses a host resolving to 127.0.0.1 unless WEBHOOKS_ALLOW_LOCAL allows it", async () => {
    const tenant = await createTenant();
    allowLocalWebhooks(false);
    const url = receiver.url.replace("127.0.0.1", "localhost");
    const refused = await create(tenant, { url });
    expect(refused.status).toBe(422);
    expect((refused.body as { error: { message: string } }).error.message).toMatch(
      /resolves to a private or local address/,
    );
    allowLocalWebhooks(true);
    expect((await create(tenant, { url })).status).toBe(201);
  });

  it("refuses an eleventh endpoint and an unknown event type", async () => {
    const tenant = await createTenant();
    for (let index = 0; index < 10; index++) await created(tenant);
    const eleventh = await create(tenant);
    expect(eleventh.status).toBe(409);
    expect(errorCode(eleventh)).toBe("conflict");
    const unknown = await create(await createTenant(), { events: ["report.deleted"] });
    expect(unknown.status).toBe(422);
  });
});

describe("an endpoint's deliveries", () => {
  it("lists them a page at a time and resends one under the same webhook-id", async () => {
    const tenant = await createTenant();
    const { id, secret } = await created(tenant);
    receiver.verifyWith([secret]);
    const { interview } = await createInvitedInterview(tenant);
    const ids: string[] = [];
    for (let index = 0; index < 3; index++) {
      const occurredAt = new Date(Date.now() - (3 - index) * 1000);
      const [deliveryId] = await recordWebhookDeliveries(
        {
          type: "report.ready",
          companyId: tenant.company.id,
          interviewId: interview.id,
          occurredAt: occurredAt.toISOString(),
        },
        { now: occurredAt },
      );
      if (deliveryId) ids.push(deliveryId);
    }
    for (const deliveryId of ids) await attemptWebhookDelivery({ deliveryId });

    const first = await callRoute(listDeliveries, {
      path: `${path}/${id}/deliveries?limit=2`,
      token: tenant.token,
      params: { id },
    });
    const page = first.body as { deliveries: { id: string }[]; nextCursor: string | null };
    expect(page.deliveries.map((delivery) => delivery.id)).toEqual([ids[2], ids[1]]);
    const second = await callRoute(listDeliveries, {
      path: `${path}/${id}/deliveries?limit=2&cursor=${page.nextCursor}`,
      token: tenant.token,
      params: { id },
    });
    expect(second.body).toMatchObject({ deliveries: [{ id: ids[0] }], nextCursor: null });

    const resent = await callRoute(resend, {
      method: "POST",
      token: tenant.token,
      params: { id, deliveryId: ids[0] ?? "" },
    });
    expect(resent.status).toBe(202);
    expect(resent.body).toMatchObject({ delivery: { id: ids[0], status: "pending" } });
    // Outside a request the attempt has run by now.
    expect(receiver.received.map((hook) => hook.id)).toEqual([...ids, ids[0]]);
    expect(receiver.received.every((hook) => hook.verifiedBy[0])).toBe(true);
  });

  it("answers 404 for another workspace's endpoint and its deliveries", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const { id } = await created(tenant);
    const token = other.token;
    const answers = await Promise.all([
      callRoute(listDeliveries, { token, params: { id } }),
      callRoute(resend, { method: "POST", token, params: { id, deliveryId: "msg_x" } }),
      callRoute(rotate, { method: "POST", token, params: { id } }),
      callRoute(endpoint.PATCH, {
        method: "PATCH",
        token,
        params: { id },
        json: { enabled: true },
      }),
      callRoute(endpoint.DELETE, { method: "DELETE", token, params: { id } }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404, 404]);
  });

  it("enables a disabled endpoint again and forgets its failures", async () => {
    const tenant = await createTenant();
    const { id } = await created(tenant);
    await (await getDb())
      .update(webhookEndpoints)
      .set({ failingSince: new Date(), disabledAt: new Date(), disabledReason: "failing" })
      .where(eq(webhookEndpoints.id, id));
    const result = await callRoute(endpoint.PATCH, {
      method: "PATCH",
      token: tenant.token,
      params: { id },
      json: { enabled: true },
    });
    expect(result.body).toMatchObject({
      enabled: true,
      disabledAt: null,
      disabledReason: null,
      failingSince: null,
    });
    const rotated = await callRoute(rotate, {
      method: "POST",
      token: tenant.token,
      params: { id },
    });
    expect(rotated.body).toMatchObject({ secret: expect.stringMatching(/^whsec_/) });
    const deleted = await callRoute(endpoint.DELETE, {
      method: "DELETE",
      token: tenant.token,
      params: { id },
    });
    expect(deleted.status).toBe(204);
  });
});
