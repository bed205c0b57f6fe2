import { afterAll, describe, expect, it, vi } from "vitest";
import { callRoute } from "@/tests/support/call-route";
import { createTenant } from "@/tests/support/factories";
import { POST as authPost } from "./[...all]/route";

// Before any app module loads: the app's env must already name the SMTP server.
const smtp = await vi.hoisted(async () => {
  const { startSmtpTestServer } = await import("@/tests/support/smtp-test-server");
  const server = await startSmtpTestServer();
  process.env.SMTP_URL = server.url;
  return server;
});
afterAll(() => smtp.close());

describe("mail queued inside the auth route", () => {
  it("is dispatched by the route: a reset asked in Korean arrives over SMTP with its link", async () => {
    const tenant = await createTenant();
    const result = await callRoute(authPost, {
      path: "/api/auth/request-password-reset",
      method: "POST",
      json: { email: tenant.recruiter.email, redirectTo: "/reset-password" },
      headers: { origin: "http://localhost:3000", "accept-language": "ko-KR,ko;q=0.9" },
    });
    expect(result.status).toBe(200);
    const arrived = smtp.received.filter((mail) =>
      mail.to && !Array.isArray(mail.to)
        ? mail.to.value.some((to) => to.address === tenant.recruiter.email)
        : false,
    );
    expect(arrived).toHaveLength(1);
    expect(arrived[0]?.subject).toBe("비밀번호 재설정");
    expect(arrived[0]?.text).toMatch(/http:\/\/localhost:3000\/api\/auth\/reset-password\/\S+/);
  });
});
