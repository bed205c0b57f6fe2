import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { POST as createInterview } from "@/app/api/interviews/route";
import { getDb } from "@/db/client";
import { companies, interviews } from "@/db/schema";
import { invalidateCompanyCache } from "@/lib/cache/invalidate";
import { postBatch } from "@/tests/support/batch-invite-calls";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createTenant, type Tenant } from "@/tests/support/factories";
import { addBusinessDays } from "./business-days";

// Before any app module loads: the app's env must already name the SMTP server.
const smtp = await vi.hoisted(async () => {
  const { startSmtpTestServerForApp } = await import("@/tests/support/smtp-test-server");
  return startSmtpTestServerForApp();
});
afterAll(() => smtp.close());

async function setNoticeLeadDays(tenant: Tenant, noticeLeadDays: number) {
  const db = await getDb();
  await db.update(companies).set({ noticeLeadDays }).where(eq(companies.id, tenant.company.id));
  await invalidateCompanyCache(tenant.company.id);
}

function invite(tenant: Tenant, inviteTtlDays: number) {
  const candidateEmail = `candidate-${crypto.randomUUID()}@example.com`;
  return callRoute(createInterview, {
    path: "/api/interviews",
    token: tenant.token,
    json: {
      positionId: tenant.position.id,
      candidateEmail,
      candidateName: "Casey Kim",
      questionCount: 3,
      inviteTtlDays,
    },
  }).then((result) => ({ result, candidateEmail }));
}

async function countInterviews(tenant: Tenant) {
  const db = await getDb();
  const rows = await db
    .select({ id: interviews.id })
    .from(interviews)
    .where(eq(interviews.companyId, tenant.company.id));
  return rows.length;
}

describe("the notice lead time (companies.notice_lead_days)", () => {
  it("refuses a deadline sooner than 10 business days with 422 notice_lead_time naming the earliest", async () => {
    const tenant = await createTenant();
    await setNoticeLeadDays(tenant, 10);
    const before = new Date();
    const { result } = await invite(tenant, 7);
    expect(result.status).toBe(422);
    expect(errorCode(result)).toBe("notice_lead_time");
    const message = (result.body as { error: { message: string } }).error.message;
    const named = message.match(/earliest deadline allowed is (\S+) /)?.[1] ?? "";
    const earliest = new Date(named).getTime();
    expect(earliest).toBeGreaterThanOrEqual(addBusinessDays(before, 10).getTime());
    expect(earliest).toBeLessThanOrEqual(addBusinessDays(new Date(), 10).getTime());
    expect(await countInterviews(tenant)).toBe(0);
  });

  it("refuses the same in a batch, creating none", async () => {
    const tenant = await createTenant();
    await setNoticeLeadDays(tenant, 10);
    const result = await postBatch(tenant, {
      json: {
        positionId: tenant.position.id,
        candidates: [{ name: "Ada", email: "ada@example.com" }],
        inviteTtlDays: 7,
      },
      key: crypto.randomUUID(),
    });
    expect(result.status).toBe(422);
    expect(errorCode(result)).toBe("notice_lead_time");
    expect(await countInterviews(tenant)).toBe(0);
  });

  it("accepts a deadline far enough away, and the invitation carries the whole rendered notice", async () => {
    const tenant = await createTenant();
    await setNoticeLeadDays(tenant, 10);
    const { result, candidateEmail } = await invite(tenant, 15);
    expect(result.status).toBe(201);
    const [mail] = smtp.mailsTo(candidateEmail);
    const text = mail?.text ?? "";
    expect(text).toContain("How AI is used in this interview");
    expect(text).toContain("This interview assesses: System design, Communication, Ownership.");
    expect(text).toContain(
      "Your voice, face, appearance and emotions are never analysed or scored.",
    );
    expect(text).toContain(
      `For questions about this notice or your data, contact ${tenant.company.name}`,
    );
  });

  it("without a lead time, invites as before and the mail has no notice", async () => {
    const tenant = await createTenant();
    const { result, candidateEmail } = await invite(tenant, 1);
    expect(result.status).toBe(201);
    const [mail] = smtp.mailsTo(candidateEmail);
    expect(mail?.text).toContain("What is recorded");
    expect(mail?.text).not.toContain("How AI is used in this interview");
  });
});
