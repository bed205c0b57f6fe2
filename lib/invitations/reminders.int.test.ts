import { InngestTestEngine } from "@inngest/test";
import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { PATCH as updateCompany } from "@/app/api/companies/[id]/route";
import { POST as startInterview } from "@/app/api/interviews/[id]/start/route";
import { POST as optOut, GET as optOutPage } from "@/app/api/reminders/opt-out/route";
import { getDb } from "@/db/client";
import { emailMessages, interviewReminders, interviews } from "@/db/schema";
import { reminderPlanned } from "@/inngest/events";
import { sendReminderFunction } from "@/inngest/functions/send-reminder";
import { withQueuedMailDispatched } from "@/inngest/mail-dispatch";
import { eraseInterviewData } from "@/lib/data-rights/erase-interview-data";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { addTeammate, createTenant, type Tenant } from "@/tests/support/factories";
import { inviteCandidateThroughApi } from "@/tests/support/interview-through-api";
import { sendDueReminders, sendReminder } from "./send-reminder";

const smtp = await vi.hoisted(async () => {
  const { startSmtpTestServerForApp } = await import("@/tests/support/smtp-test-server");
  return startSmtpTestServerForApp();
});
afterAll(() => smtp.close());

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

function remindersFor(address: string) {
  return smtp.mailsTo(address).filter((mail) => mail.subject?.startsWith("Reminder:"));
}

/** The sweep the maintenance timer runs, on a clock the test sets. */
function sweepAt(now: Date) {
  return withQueuedMailDispatched(() => sendDueReminders({ now }));
}

async function invite(tenant: Tenant, extra: Record<string, unknown> = {}) {
  const before = Date.now();
  const { candidateEmail, body } = await inviteCandidateThroughApi(tenant, extra);
  const db = await getDb();
  const reminders = await db
    .select()
    .from(interviewReminders)
    .where(eq(interviewReminders.interviewId, body.id))
    .orderBy(interviewReminders.dueAt);
  return { candidateEmail, body, reminders, before, deadline: new Date(body.inviteExpiresAt) };
}

async function statusesOf(interviewId: string) {
  const db = await getDb();
  const rows = await db
    .select({
      status: interviewReminders.status,
      ciphertext: interviewReminders.inviteTokenCiphertext,
    })
    .from(interviewReminders)
    .where(eq(interviewReminders.interviewId, interviewId));
  return rows;
}

describe("reminders to candidates who have not started", () => {
  it("sends two, at half the window and 24 hours before the deadline, each once, with the invitation's link", async () => {
    const tenant = await createTenant();
    const { candidateEmail, body, reminders, before, deadline } = await invite(tenant);
    expect(reminders.map((row) => row.kind)).toEqual(["half_window", "before_deadline_24h"]);
    const [half, dayBefore] = reminders.map((row) => row.dueAt);
    if (!half || !dayBefore) throw new Error("no plan");
    expect(half.getTime()).toBeGreaterThanOrEqual(before + 3.5 * day);
    expect(half.getTime()).toBeLessThanOrEqual(Date.now() + 3.5 * day);
    expect(dayBefore.getTime()).toBe(deadline.getTime() - day);

    await sweepAt(new Date(half.getTime() - minute));
    expect(remindersFor(candidateEmail)).toHaveLength(0);
    await sweepAt(half);
    expect(remindersFor(candidateEmail)).toHaveLength(1);
    await sweepAt(new Date(half.getTime() + hour));
    expect(remindersFor(candidateEmail)).toHaveLength(1);
    await sweepAt(new Date(dayBefore.getTime() - minute));
    expect(remindersFor(candidateEmail)).toHaveLength(1);
    await sweepAt(dayBefore);
    await sweepAt(new Date(deadline.getTime() - minute));
    const mails = remindersFor(candidateEmail);
    expect(mails).toHaveLength(2);
    for (const mail of mails) {
      expect(mail?.subject).toContain(tenant.company.name);
      expect(mail?.text).toContain(body.inviteUrl);
      expect(mail?.text).toContain("/api/reminders/opt-out?token=");
    }
    expect(await statusesOf(body.id)).toEqual([
      { status: "sent", ciphertext: null },
      { status: "sent", ciphertext: null },
    ]);
  });

  it("sends none after the candidate starts: starting cancels them and drops their encrypted links", async () => {
    const tenant = await createTenant();
    const { candidateEmail, body, deadline } = await invite(tenant);
    const started = await callRoute(startInterview, {
      method: "POST",
      token: body.inviteToken,
      params: { id: body.id },
    });
    expect(started.status).toBe(200);
    expect(await statusesOf(body.id)).toEqual([
      { status: "cancelled", ciphertext: null },
      { status: "cancelled", ciphertext: null },
    ]);
    await sweepAt(new Date(deadline.getTime() - minute));
    expect(remindersFor(candidateEmail)).toHaveLength(0);
  });

  it("sends none after the candidate opts out from the link in the mail (GET asks, POST does it)", async () => {
    const tenant = await createTenant();
    const { candidateEmail, body, deadline } = await invite(tenant);
    const db = await getDb();
    const [invitation] = await db
      .select({ text: emailMessages.text })
      .from(emailMessages)
      .where(eq(emailMessages.interviewId, body.id));
    // Over SMTP the body is dropped once sent: read the link from what the candidate received.
    expect(invitation?.text).toBeNull();
    const [sent] = smtp.mailsTo(candidateEmail);
    const link = sent?.text?.match(
      /http:\/\/localhost:3000(\/api\/reminders\/opt-out\?token=[^\s\])]+)/,
    )?.[1];
    if (!link) throw new Error("no opt-out link in the invitation");

    const asked = await callRoute(optOutPage, { path: link });
    expect(asked.status).toBe(200);
    expect(asked.body).toContain('<form method="post"');
    expect(await statusesOf(body.id)).toEqual([
      { status: "scheduled", ciphertext: expect.any(String) },
      { status: "scheduled", ciphertext: expect.any(String) },
    ]);
    const done = await callRoute(optOut, { path: link, method: "POST" });
    expect(done.status).toBe(200);
    expect(done.body).toContain("no more reminders");
    expect((await callRoute(optOut, { path: link, method: "POST" })).status).toBe(200);
    const [row] = await db
      .select({ optedOutAt: interviews.remindersOptedOutAt })
      .from(interviews)
      .where(eq(interviews.id, body.id));
    expect(row?.optedOutAt).toBeInstanceOf(Date);
    await sweepAt(new Date(deadline.getTime() - minute));
    expect(remindersFor(candidateEmail)).toHaveLength(0);

    const forged = await callRoute(optOut, {
      path: `/api/reminders/opt-out?token=${body.id}.AAAA`,
      method: "POST",
    });
    expect(forged.status).toBe(404);
    expect(errorCode(forged)).toBe("not_found");
    const missing = await callRoute(optOut, { path: "/api/reminders/opt-out", method: "POST" });
    expect(missing.status).toBe(422);
  });

  it("never falls between 21:00 and 08:00 in the candidate's time zone", async () => {
    const tenant = await createTenant();
    for (const timeZone of ["Asia/Seoul", "America/Los_Angeles", "Europe/Berlin"]) {
      const { reminders } = await invite(tenant, { candidateTimeZone: timeZone });
      expect(reminders.length, timeZone).toBeGreaterThan(0);
      for (const reminder of reminders) {
        const localHour = Number(
          new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", hourCycle: "h23" }).format(
            reminder.dueAt,
          ),
        );
        expect(localHour, `${timeZone} ${reminder.kind}`).toBeGreaterThanOrEqual(8);
        expect(localHour, `${timeZone} ${reminder.kind}`).toBeLessThan(21);
      }
    }
  });

  it("never sends a duplicate when the send runs twice at once or is retried", async () => {
    const tenant = await createTenant();
    const { candidateEmail, reminders } = await invite(tenant);
    const [half] = reminders;
    if (!half) throw new Error("no plan");
    const outcomes = await withQueuedMailDispatched(() =>
      Promise.all([
        sendReminder({ reminderId: half.id, now: half.dueAt }),
        sendReminder({ reminderId: half.id, now: half.dueAt }),
      ]),
    );
    expect(outcomes.sort()).toEqual(["queued", "skipped"]);
    expect(
      await withQueuedMailDispatched(() => sendReminder({ reminderId: half.id, now: half.dueAt })),
    ).toBe("skipped");
    await sweepAt(new Date(half.dueAt.getTime() + minute));
    expect(remindersFor(candidateEmail)).toHaveLength(1);
  });

  it("on Inngest sleeps until the reminder is due, then sends it once; a second run finds it sent", async () => {
    const tenant = await createTenant();
    const { body, reminders } = await invite(tenant);
    const [half] = reminders;
    if (!half) throw new Error("no plan");
    // The sleep is answered as Inngest answers it on waking; the row is made due now, as it then is.
    const dueAt = new Date(Date.now() - minute);
    const db = await getDb();
    await db.update(interviewReminders).set({ dueAt }).where(eq(interviewReminders.id, half.id));
    const event = reminderPlanned.create({
      interviewId: body.id,
      reminderId: half.id,
      dueAt: dueAt.toISOString(),
    });
    // Two runs of the same event, each on a new engine: the second must find it sent.
    const run = () =>
      new InngestTestEngine({
        function: sendReminderFunction.inngestFunction,
        events: [event],
        steps: [
          { id: "until-due", handler: () => null },
          { id: "send-mail", handler: () => ({ ids: [] }) },
        ],
      }).execute();
    const first = await run();
    expect(first.result).toEqual({ outcome: "queued" });
    const step = first.ctx.step as unknown as { sleepUntil: { mock: { calls: unknown[][] } } };
    expect(step.sleepUntil.mock.calls).toEqual([["until-due", dueAt]]);
    expect(first.ctx.step.sendEvent).toHaveBeenCalledWith("send-mail", [
      expect.objectContaining({ name: "mail/queued" }),
    ]);
    const second = await run();
    expect(second.result).toEqual({ outcome: "skipped" });
    const queued = await db
      .select({ id: emailMessages.id })
      .from(emailMessages)
      .where(
        and(eq(emailMessages.interviewId, body.id), eq(emailMessages.kind, "candidate-reminder")),
      );
    expect(queued).toHaveLength(1);
  });

  it("goes with the interview when it is erased: reminders and messages alike", async () => {
    const tenant = await createTenant();
    const { body } = await invite(tenant);
    await eraseInterviewData({
      interviewId: body.id,
      companyId: tenant.company.id,
      requestedByUserId: tenant.recruiter.id,
      reason: "request",
    });
    const db = await getDb();
    expect(await statusesOf(body.id)).toEqual([]);
    expect(
      await db.select().from(emailMessages).where(eq(emailMessages.interviewId, body.id)),
    ).toEqual([]);
  });

  it("follows the workspace's policy, which owners and admins set and reset (validated)", async () => {
    const tenant = await createTenant();
    const params = { id: tenant.company.id };
    const patch = (token: string, reminderPolicy: unknown) =>
      callRoute(updateCompany, { method: "PATCH", token, params, json: { reminderPolicy } });

    const saved = await patch(tenant.token, { atHalfWindow: false, hoursBeforeDeadline: [2, 48] });
    expect(saved.status).toBe(200);
    expect((saved.body as { reminderPolicy: unknown }).reminderPolicy).toEqual({
      atHalfWindow: false,
      hoursBeforeDeadline: [48, 2],
    });
    const { reminders, deadline } = await invite(tenant);
    expect(reminders.map((row) => [row.kind, deadline.getTime() - row.dueAt.getTime()])).toEqual([
      ["before_deadline_48h", 48 * hour],
      ["before_deadline_2h", 2 * hour],
    ]);

    for (const bad of [
      { atHalfWindow: true, hoursBeforeDeadline: [0] },
      { atHalfWindow: true },
      { atHalfWindow: true, hoursBeforeDeadline: [24], quietHours: false },
    ]) {
      const refused = await patch(tenant.token, bad);
      expect(refused.status).toBe(422);
      expect(errorCode(refused)).toBe("unprocessable_entity");
    }
    const evaluator = await addTeammate(tenant, "evaluator");
    expect((await patch(evaluator.token, null)).status).toBe(403);

    const reset = await patch(tenant.token, null);
    expect((reset.body as { reminderPolicy: unknown }).reminderPolicy).toBeNull();
    expect((await invite(tenant)).reminders.map((row) => row.kind)).toEqual([
      "half_window",
      "before_deadline_24h",
    ]);
  });
});
