import { describe, expect, it } from "vitest";
import { renderMail } from "../render-mail";

const base = "https://hire.example.com/interviews";

describe("the member notice digest", () => {
  it("lists each notice in Korean with its position and own link in both parts, and the dashboard", async () => {
    const mail = await renderMail({
      kind: "member-notice-digest",
      locale: "ko",
      props: {
        workspaceName: "Acme",
        notices: [
          { kind: "report_ready", positionTitle: "백엔드 엔지니어", link: `${base}/a` },
          { kind: "report_needs_review", positionTitle: "디자이너", link: `${base}/b` },
        ],
        link: "https://hire.example.com/dashboard",
      },
    });
    expect(mail.subject).toBe("Acme 새 소식 2건");
    for (const part of [mail.html, mail.text]) {
      expect(part).toContain("리포트가 준비되었습니다: 백엔드 엔지니어");
      expect(part).toContain("리포트에 사람의 검토가 필요합니다: 디자이너");
      expect(part).toContain(`${base}/a`);
      expect(part).toContain(`${base}/b`);
      expect(part).toContain("https://hire.example.com/dashboard");
    }
    expect(mail.html).toContain('lang="ko"');
  });

  it("says one update, not one updates, in English", async () => {
    const mail = await renderMail({
      kind: "member-notice-digest",
      locale: "en",
      props: {
        workspaceName: "Acme",
        notices: [{ kind: "report_ready", positionTitle: "Designer", link: `${base}/a` }],
        link: "https://hire.example.com/dashboard",
      },
    });
    expect(mail.subject).toBe("1 update in Acme");
    expect(mail.text).toContain("A report is ready: Designer");
  });
});
