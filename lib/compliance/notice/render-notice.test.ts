import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { defaultNoticeBodies } from "./default-notice";
import { hashNoticeText, renderNotice, toStoredNoticeBody } from "./render-notice";

const values = {
  company: "Acme",
  competencies: "System design, Communication",
  retentionDays: "180",
};

describe("renderNotice", () => {
  it("fills the placeholders and hashes the rendered text with sha256", () => {
    const notice = renderNotice({
      body: "{{company}} assesses {{ competencies }}.\n\nKept {{retentionDays}} days. {{unknown}}",
      values,
    });
    expect(notice.paragraphs).toEqual([
      "Acme assesses System design, Communication.",
      "Kept 180 days. {{unknown}}",
    ]);
    expect(notice.hash).toBe(createHash("sha256").update(notice.text).digest("hex"));
  });

  it("gives the same hash for the same words however the lines were saved, another for other words", () => {
    const unix = renderNotice({ body: "One.\n\nTwo.", values });
    const windows = renderNotice({ body: "  One.\r\n\r\n\r\nTwo.  \r\n", values });
    const other = renderNotice({ body: "One.\n\nTwo!", values });
    expect(windows.hash).toBe(unix.hash);
    expect(other.hash).not.toBe(unix.hash);
  });

  it("changes the rendered hash with what is filled in (another position's competencies)", () => {
    const body = defaultNoticeBodies.en;
    const a = renderNotice({ body, values });
    const b = renderNotice({ body, values: { ...values, competencies: "Ownership" } });
    expect(a.hash).not.toBe(b.hash);
    expect(toStoredNoticeBody(body).hash).toBe(toStoredNoticeBody(`${body}\n\n`).hash);
  });

  it.each(["en", "ko"] as const)(
    "the built-in %s text names every placeholder the issue asks it to state",
    (language) => {
      const { text } = renderNotice({ body: defaultNoticeBodies[language], values });
      expect(text).toContain("System design, Communication");
      expect(text).toContain("180");
      expect(text).toContain("Acme");
      expect(text).not.toMatch(/\{\{/);
    },
  );

  it("the English text says only words are scored, people decide, and asking costs nothing", () => {
    const { text } = renderNotice({ body: defaultNoticeBodies.en, values });
    expect(text).toMatch(/voice, face, appearance and emotions are never analysed or scored/);
    expect(text).toMatch(/The AI decides nothing on its own/);
    expect(text).toMatch(/may ask that no AI score your answers/);
    expect(text).toMatch(/no effect on how you are assessed/);
    expect(hashNoticeText(text)).toHaveLength(64);
  });
});
