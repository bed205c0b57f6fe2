import { describe, expect, it } from "vitest";
import { renderMail } from "./render-mail";

const link = "http://localhost:3000/accept-invitation/abc";
const expiresAt = new Date("2026-12-13T09:30:00Z");

describe("renderMail", () => {
  it("writes the invitation in Korean with who invited, the workspace, the role, the expiry and the link in both parts", async () => {
    const mail = await renderMail({
      kind: "workspace-invitation",
      locale: "ko",
      props: { inviterName: "김민지", workspaceName: "Acme", role: "evaluator", link, expiresAt },
    });
    expect(mail.subject).toBe("김민지님이 Acme 워크스페이스에 초대했습니다");
    for (const part of [mail.html, mail.text]) {
      expect(part).toContain("평가자");
      expect(part).toContain("2026년 12월 13일");
      expect(part).toContain(link);
    }
    expect(mail.html).toContain('lang="ko"');
    expect(mail.text).not.toContain("<");
  });

  it("says in English that a reset link expires in 1 hour and works once", async () => {
    const mail = await renderMail({
      kind: "password-reset",
      locale: "en",
      props: { name: "Ada", link: "http://localhost:3000/reset-password?token=t1" },
    });
    expect(mail.subject).toBe("Reset your password");
    expect(mail.text).toContain("expires in 1 hour and works once");
    expect(mail.text).toContain("http://localhost:3000/reset-password?token=t1");
  });

  it("names an unknown role as it is rather than dropping it", async () => {
    const mail = await renderMail({
      kind: "workspace-invitation",
      locale: "en",
      props: { inviterName: "Ada", workspaceName: "Acme", role: "auditor", link, expiresAt },
    });
    expect(mail.text).toContain("as auditor");
  });
});
