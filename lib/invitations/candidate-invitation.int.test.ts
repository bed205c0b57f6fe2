import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { POST as reissueInvite } from "@/app/api/interviews/[id]/invite/route";
import { GET as getInterview } from "@/app/api/interviews/[id]/route";
import { GET as listInterviews } from "@/app/api/interviews/route";
import { getDb } from "@/db/client";
import { emailMessages, interviewReminders } from "@/db/schema";
import { getInviteLanding } from "@/lib/interviews/get-invite-landing";
import type { InvitationStatus } from "@/lib/invitations/schemas";
import { formatDeadline } from "@/lib/mail/templates/candidate-mail-facts";
import { callRoute } from "@/tests/support/call-route";
import { createTenant } from "@/tests/support/factories";
import {
  type IssuedInvite,
  inviteCandidateThroughApi,
} from "@/tests/support/interview-through-api";

// Before any app module loads: the app's env must already name the SMTP server.
const smtp = await vi.hoisted(async () => {
  const { startSmtpTestServerForApp } = await import("@/tests/support/smtp-test-server");
  return startSmtpTestServerForApp();
});
afterAll(() => smtp.close());

describe("the candidate's invitation mail", () => {
  it("is sent once on create: company, position, deadline in UTC named as such, duration, consent facts, link and opt-out", async () => {
    const tenant = await createTenant();
    const { candidateEmail, body } = await inviteCandidateThroughApi(tenant);
    const mails = smtp.mailsTo(candidateEmail);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.subject).toBe(
      `${tenant.company.name} invites you to an interview for Backend Engineer`,
    );
    const deadline = formatDeadline("en", new Date(body.inviteExpiresAt), null);
    expect(deadline).toMatch(/\(UTC\)$/);
    const text = mail?.text ?? "";
    expect(text).toContain(`Take it before ${deadline}.`);
    expect(text).toContain(body.inviteUrl);
    expect(mail?.html).toContain(`href="${body.inviteUrl}"`);
    // 3 questions × (1 + 1 follow-up) × 180 s = 18 minutes.
    expect(text).toContain("It takes at most about 18 minutes: 3 questions");
    expect(text).toContain("What is recorded");
    expect(text).toContain(`Recruiters of ${tenant.company.name}, and you.`);
    expect(text).toMatch(/http:\/\/localhost:3000\/api\/reminders\/opt-out\?token=/);

    const db = await getDb();
    const rows = await db
      .select({ kind: emailMessages.kind, status: emailMessages.status })
      .from(emailMessages)
      .where(eq(emailMessages.interviewId, body.id));
    expect(rows).toEqual([{ kind: "candidate-invitation", status: "sent" }]);
  });

  it("is in Korean for a Korean position, with the deadline in the candidate's zone", async () => {
    const tenant = await createTenant({ language: "ko" });
    const { candidateEmail, body } = await inviteCandidateThroughApi(tenant, {
      candidateTimeZone: "Asia/Seoul",
    });
    const [mail] = smtp.mailsTo(candidateEmail);
    expect(mail?.subject).toBe(`${tenant.company.name}에서 Backend Engineer 면접에 초대합니다`);
    const deadline = formatDeadline("ko", new Date(body.inviteExpiresAt), "Asia/Seoul");
    expect(deadline).toMatch(/\(Asia\/Seoul\)$/);
    expect(mail?.text).toContain(`${deadline}까지 면접을 마쳐 주세요.`);
    expect(mail?.text).toContain("기록되는 내용");
    expect(mail?.text).toContain(body.inviteUrl);
  });

  it("is not sent with sendInvitation: false, and no reminder is planned", async () => {
    const tenant = await createTenant();
    const { candidateEmail, body } = await inviteCandidateThroughApi(tenant, {
      sendInvitation: false,
    });
    expect(smtp.mailsTo(candidateEmail)).toHaveLength(0);
    const db = await getDb();
    expect(
      await db.select().from(interviewReminders).where(eq(interviewReminders.interviewId, body.id)),
    ).toEqual([]);
  });

  it("is sent again on re-issue with the new link, which works while the old one is refused", async () => {
    const tenant = await createTenant();
    const { candidateEmail, body } = await inviteCandidateThroughApi(tenant);
    const params = { id: body.id };
    const reissued = await callRoute(reissueInvite, {
      method: "POST",
      token: tenant.token,
      params,
    });
    expect(reissued.status).toBe(200);
    const fresh = reissued.body as IssuedInvite;
    const mails = smtp.mailsTo(candidateEmail);
    expect(mails).toHaveLength(2);
    expect(mails[1]?.text).toContain(fresh.inviteUrl);
    expect(mails[1]?.text).not.toContain(body.inviteUrl);
    expect((await callRoute(getInterview, { token: fresh.inviteToken, params })).status).toBe(200);
    expect((await callRoute(getInterview, { token: body.inviteToken, params })).status).toBe(401);

    // The first link's reminders are cancelled; the new link has its own plan.
    const db = await getDb();
    const reminders = await db
      .select({ status: interviewReminders.status, hash: interviewReminders.inviteTokenHash })
      .from(interviewReminders)
      .where(eq(interviewReminders.interviewId, body.id));
    expect(reminders.filter((row) => row.status === "cancelled")).toHaveLength(2);
    expect(reminders.filter((row) => row.status === "scheduled")).toHaveLength(2);
  });

  it("shows the recruiter sent, delivered to SMTP and opened (the first read of the link), in the API", async () => {
    const tenant = await createTenant();
    const { body } = await inviteCandidateThroughApi(tenant);
    const params = { id: body.id };
    const readAsRecruiter = async () => {
      const result = await callRoute(getInterview, { token: tenant.token, params });
      expect(result.status).toBe(200);
      return (result.body as { invitation: InvitationStatus }).invitation;
    };
    const before = await readAsRecruiter();
    expect(before).toMatchObject({
      mailStatus: "sent",
      openedAt: null,
      remindersSent: 0,
      remindersOptedOut: false,
    });
    expect(Date.parse(before.sentAt ?? "")).not.toBeNaN();
    expect(Date.parse(before.deliveredAt ?? "")).toBeGreaterThanOrEqual(
      Date.parse(before.sentAt ?? ""),
    );

    expect((await callRoute(getInterview, { token: body.inviteToken, params })).status).toBe(200);
    const opened = (await readAsRecruiter()).openedAt;
    expect(opened).not.toBeNull();
    // A second read keeps the first time.
    await callRoute(getInterview, { token: body.inviteToken, params });
    expect((await readAsRecruiter()).openedAt).toBe(opened);

    const list = await callRoute(listInterviews, {
      path: `/api/interviews?positionId=${tenant.position.id}`,
      token: tenant.token,
    });
    const listed = (list.body as { interviews: { id: string; invitation: InvitationStatus }[] })
      .interviews;
    expect(listed.find((row) => row.id === body.id)?.invitation.openedAt).toBe(opened);
  });

  it("marks the link opened when the candidate's page is served", async () => {
    const tenant = await createTenant();
    const { body } = await inviteCandidateThroughApi(tenant);
    expect((await getInviteLanding({ inviteToken: body.inviteToken })).state).toBe("ready");
    const result = await callRoute(getInterview, { token: tenant.token, params: { id: body.id } });
    expect((result.body as { invitation: InvitationStatus }).invitation.openedAt).not.toBeNull();
  });
});
