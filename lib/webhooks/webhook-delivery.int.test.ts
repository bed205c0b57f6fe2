import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { POST as eraseInterview } from "@/app/api/interviews/[id]/erase/route";
import { getDb } from "@/db/client";
import { emailMessages, positions, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { announceCompletions } from "@/inngest/announce-completion";
import { runWebhookRetries } from "@/inngest/run-webhook-retries";
import { createInterview } from "@/lib/db/interviews";
import { completeInterview, startInterview } from "@/lib/interviews/interview-lifecycle";
import { callRoute } from "@/tests/support/call-route";
import { addTeammate, createTenant, type Tenant } from "@/tests/support/factories";
import { allowLocalWebhooks } from "@/tests/support/local-webhooks.mock";
import { setUpWebhookReceiver } from "@/tests/support/webhook-receiver-per-file";
import { attemptWebhookDelivery } from "./attempt-delivery";
import { createWebhookEndpoint, rotateWebhookSecret } from "./manage-endpoints";
import { recordWebhookDeliveries } from "./record-deliveries";

// The receiver listens on 127.0.0.1: allowed here as WEBHOOKS_ALLOW_LOCAL allows it, and taken
// away again by the tests of the send-time check.
vi.mock("@/lib/webhooks/local-webhooks", () => import("@/tests/support/local-webhooks.mock"));

const { receiver, endpointFor } = setUpWebhookReceiver();

const minuteMs = 60_000;

async function interviewWithExternalIds(tenant: Tenant) {
  const db = await getDb();
  await db
    .update(positions)
    .set({ externalJobId: "job-7" })
    .where(eq(positions.id, tenant.position.id));
  const { interview } = await createInterview({
    companyId: tenant.company.id,
    createdByUserId: tenant.recruiter.id,
    positionId: tenant.position.id,
    candidateEmail: "ext@example.com",
    candidateName: "Ext Ernal",
    questionCount: 1,
    inviteTtlDays: 7,
    externalCandidateId: "cand-42",
    externalApplicationId: "app-99",
  });
  return interview;
}

/** One recorded report.ready delivery to the endpoint, not yet attempted. */
async function recordReportReady(tenant: Tenant, interviewId: string, now = new Date()) {
  const [deliveryId] = await recordWebhookDeliveries(
    {
      type: "report.ready",
      companyId: tenant.company.id,
      interviewId,
      occurredAt: now.toISOString(),
    },
    { now },
  );
  if (!deliveryId) throw new Error("expected a delivery");
  return deliveryId;
}

async function deliveryRow(id: string) {
  const [row] = await (await getDb())
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.id, id));
  return row;
}

describe("webhook delivery", () => {
  it("delivers interview.completed, then report.ready, then report.needs_review (scored offline) with the ATS's ids, each verified", async () => {
    const tenant = await createTenant();
    await endpointFor(tenant, ["interview.completed", "report.ready", "report.needs_review"]);
    const interview = await interviewWithExternalIds(tenant);
    const { completion } = await completeInterview(await startInterview(interview));
    // Outside a request the in-process engine runs everything before this returns.
    await announceCompletions([completion]);

    expect(receiver.received.map((hook) => hook.body.type)).toEqual([
      "interview.completed",
      "report.ready",
      // The offline scorer gives no hire band: the report page says it needs human review.
      "report.needs_review",
    ]);
    for (const hook of receiver.received) {
      expect(hook.verifiedBy).toEqual([true]);
      expect(hook.body.data).toEqual({
        interviewId: interview.id,
        positionId: tenant.position.id,
        externalJobId: "job-7",
        externalCandidateId: "cand-42",
        externalApplicationId: "app-99",
        // Report events say whether an AI scored the interview.
        ...(hook.body.type.startsWith("report.") ? { aiScoring: true } : {}),
      });
    }
  }, 30_000);

  it("retries after two 500s on the backoff clock and delivers the same message the third time", async () => {
    const tenant = await createTenant();
    await endpointFor(tenant, ["report.ready"]);
    const interview = await interviewWithExternalIds(tenant);
    const start = new Date();
    const id = await recordReportReady(tenant, interview.id, start);
    receiver.answer(500, 500);

    await attemptWebhookDelivery({ deliveryId: id, now: start });
    const afterFirst = await deliveryRow(id);
    expect(afterFirst).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500 });
    expect(afterFirst?.lastError).toBe("HTTP 500: receiver says no");
    expect(afterFirst?.nextAttemptAt).toEqual(new Date(start.getTime() + 30_000));

    // Not due yet: the sweep sends nothing.
    await runWebhookRetries({ now: new Date(start.getTime() + 10_000) });
    expect(await deliveryRow(id)).toMatchObject({ status: "pending", attempts: 1 });
    await runWebhookRetries({ now: new Date(start.getTime() + 31_000) });
    expect(await deliveryRow(id)).toMatchObject({ status: "pending", attempts: 2 });
    await runWebhookRetries({ now: new Date(start.getTime() + 31_000 + 2 * minuteMs + 1000) });
    expect(await deliveryRow(id)).toMatchObject({
      status: "succeeded",
      attempts: 3,
      lastStatusCode: 204,
      lastError: null,
    });
    expect(receiver.received.map((hook) => hook.id)).toEqual([id, id, id]);
    expect(receiver.received.every((hook) => hook.verifiedBy[0])).toBe(true);
  });

  it("signs with both secrets during a rotation, so either one verifies", async () => {
    const tenant = await createTenant();
    const { endpoint, secret: oldSecret } = await endpointFor(tenant, ["report.ready"]);
    const interview = await interviewWithExternalIds(tenant);
    const { secret: newSecret } = await rotateWebhookSecret({
      companyId: tenant.company.id,
      id: endpoint.id,
    });
    receiver.verifyWith([oldSecret, newSecret]);
    await attemptWebhookDelivery({ deliveryId: await recordReportReady(tenant, interview.id) });
    const [hook] = receiver.received;
    expect(hook?.signature.split(" ")).toHaveLength(2);
    expect(hook?.verifiedBy).toEqual([true, true]);

    // A day later the old secret no longer signs.
    const later = new Date(Date.now() + 24 * 60 * minuteMs + minuteMs);
    await attemptWebhookDelivery({
      deliveryId: await recordReportReady(tenant, interview.id, later),
      now: later,
    });
    expect(receiver.received[1]?.signature.split(" ")).toHaveLength(1);
  });

  it("refuses at send time a host that now resolves to a loopback address", async () => {
    const tenant = await createTenant();
    // Saved while local endpoints were allowed; then the check is back (as after DNS rebinding).
    await createWebhookEndpoint({
      companyId: tenant.company.id,
      url: receiver.url.replace("127.0.0.1", "localhost"),
      events: ["report.ready"],
    });
    const interview = await interviewWithExternalIds(tenant);
    allowLocalWebhooks(false);
    const id = await recordReportReady(tenant, interview.id);
    await attemptWebhookDelivery({ deliveryId: id });
    const row = await deliveryRow(id);
    expect(row).toMatchObject({ status: "pending", lastStatusCode: null });
    expect(row?.lastError).toMatch(/refused: its host resolves to a private or local address/);
    expect(receiver.received).toEqual([]);
  });

  it("disables an endpoint after three days of failures and mails the owners and admins", async () => {
    const tenant = await createTenant();
    const admin = await addTeammate(tenant, "admin");
    const recruiter = await addTeammate(tenant, "recruiter");
    const { endpoint } = await endpointFor(tenant, ["report.ready"]);
    const interview = await interviewWithExternalIds(tenant);
    const db = await getDb();
    const now = new Date();
    await db
      .update(webhookEndpoints)
      .set({ failingSince: new Date(now.getTime() - 3 * 24 * 60 * minuteMs + minuteMs) })
      .where(eq(webhookEndpoints.id, endpoint.id));
    receiver.answer(503, 503);

    // Not quite three days: still enabled.
    await attemptWebhookDelivery({
      deliveryId: await recordReportReady(tenant, interview.id, now),
    });
    const [stillOn] = await db
      .select()
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, endpoint.id));
    expect(stillOn?.disabledAt).toBeNull();

    // Its retry, past the three days: the endpoint is disabled.
    const later = new Date(now.getTime() + 2 * minuteMs);
    await runWebhookRetries({ now: later });
    const [off] = await db
      .select()
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, endpoint.id));
    expect(off?.disabledAt).toEqual(later);
    expect(off?.disabledReason).toBe("Every delivery failed for 3 days.");
    const mails = await db
      .select({ to: emailMessages.toAddress })
      .from(emailMessages)
      .where(eq(emailMessages.kind, "webhook-endpoint-disabled"));
    const recipients = mails.map((mail) => mail.to);
    expect(recipients).toEqual(expect.arrayContaining([tenant.recruiter.email, admin.user.email]));
    expect(recipients).not.toContain(recruiter.user.email);

    // A disabled endpoint gets no new deliveries.
    expect(await recordReportReady(tenant, interview.id).catch(() => "none")).toBe("none");
  });

  it("tells of an erase with the ids read before it, and keeps no earlier webhook about it", async () => {
    const tenant = await createTenant();
    await endpointFor(tenant, ["report.ready", "candidate.erased"]);
    const interview = await interviewWithExternalIds(tenant);
    const earlier = await recordReportReady(tenant, interview.id);
    const erased = await callRoute(eraseInterview, {
      token: tenant.token,
      params: { id: interview.id },
      json: { confirm: interview.id },
    });
    expect(erased.status).toBe(200);
    expect(receiver.received.map((hook) => hook.body)).toEqual([
      {
        type: "candidate.erased",
        timestamp: expect.any(String),
        data: {
          interviewId: interview.id,
          positionId: tenant.position.id,
          externalJobId: "job-7",
          externalCandidateId: "cand-42",
          externalApplicationId: "app-99",
        },
      },
    ]);
    expect(receiver.received[0]?.verifiedBy).toEqual([true]);
    expect(await deliveryRow(earlier)).toBeUndefined();
  });
});
