import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import { recordWebhookDeliveries } from "@/lib/webhooks/record-deliveries";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { setUpWebhookReceiver } from "@/tests/support/webhook-receiver-per-file";
import { webhookDeliveryRequested } from "../events";
import { deliverWebhookFunction } from "./deliver-webhook";
import { sweepWebhookDeliveriesFunction } from "./sweep-webhook-deliveries";

vi.mock("@/lib/webhooks/local-webhooks", () => import("@/tests/support/local-webhooks.mock"));

const { receiver, endpointFor } = setUpWebhookReceiver();

describe("deliver-webhook (on Inngest)", () => {
  it("sleeps durably until the next try after a failure, then delivers", async () => {
    const tenant = await createTenant();
    await endpointFor(tenant, ["interview.started"]);
    const { interview } = await createInvitedInterview(tenant);
    const [deliveryId = ""] = await recordWebhookDeliveries({
      type: "interview.started",
      companyId: tenant.company.id,
      interviewId: interview.id,
      occurredAt: new Date().toISOString(),
    });
    receiver.answer(500);

    const engine = new InngestTestEngine({
      function: deliverWebhookFunction.inngestFunction,
      events: [webhookDeliveryRequested.create({ deliveryId })],
      steps: [
        {
          // Inngest would wake the run at the next try: here the clock is moved to it instead.
          id: "wait-1",
          handler: async () => {
            await (await getDb())
              .update(webhookDeliveries)
              .set({ nextAttemptAt: new Date(Date.now() - 1000) })
              .where(eq(webhookDeliveries.id, deliveryId));
            return null;
          },
        },
      ],
    });
    const { result, ctx } = await engine.execute();
    expect(result).toMatchObject({ deliveryId, attempted: true, status: "succeeded" });
    const [until] = vi.mocked(ctx.step.sleepUntil).mock.calls[0]?.slice(1) ?? [];
    const waitMs = new Date(until as Date).getTime() - Date.now();
    expect(waitMs).toBeGreaterThan(20_000);
    expect(waitMs).toBeLessThanOrEqual(30_000);
    expect(receiver.received.map((hook) => [hook.id, hook.verifiedBy[0]])).toEqual([
      [deliveryId, true],
      [deliveryId, true],
    ]);
  });
});

describe("sweep-webhook-deliveries (the Inngest cron)", () => {
  it("attempts a delivery whose run was lost, and leaves one due just now to its sleeping run", async () => {
    const tenant = await createTenant();
    await endpointFor(tenant, ["interview.started"]);
    const { interview } = await createInvitedInterview(tenant);
    const record = async (minutesAgo: number) => {
      const at = new Date(Date.now() - minutesAgo * 60_000);
      const [id = ""] = await recordWebhookDeliveries(
        {
          type: "interview.started",
          companyId: tenant.company.id,
          interviewId: interview.id,
          occurredAt: at.toISOString(),
        },
        { now: at },
      );
      return id;
    };
    const lost = await record(10);
    const recent = await record(1);

    const { result } = await new InngestTestEngine({
      function: sweepWebhookDeliveriesFunction.inngestFunction,
      events: [{ name: "inngest/scheduled.timer", data: {} }],
    }).execute();
    expect(result).toMatchObject({ succeeded: expect.any(Number) });
    expect(receiver.received.map((hook) => hook.id)).toContain(lost);
    expect(receiver.received.map((hook) => hook.id)).not.toContain(recent);
  });
});
