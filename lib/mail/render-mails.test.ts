import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CandidateMailProps } from "./candidate-mail-props";
import type { MailLocale } from "./mail-kinds";
import { renderMail } from "./render-mail";
import { renderMails } from "./render-mails";
import { escapeLikeReact, renderWithSlots } from "./slot-template";

// Counted, not changed: proves the bulk path rendered once per variant instead of once per row.
vi.mock("./render-mail", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./render-mail")>();
  return { ...actual, renderMail: vi.fn(actual.renderMail) };
});

const minute = Date.parse("2026-12-14T08:05:00Z");

function invitation(options: {
  locale: MailLocale;
  name: string;
  token: string;
  timeZone: string | null;
  secondsIntoMinute?: number;
  deadline?: Date;
}) {
  const props: CandidateMailProps = {
    candidateName: options.name,
    companyName: "Acme & Söhne",
    logoUrl: null,
    accentColor: "#4338ca",
    positionTitle: "Backend <Go> engineer",
    deadline: options.deadline ?? new Date(minute + (options.secondsIntoMinute ?? 0) * 1000),
    timeZone: options.timeZone,
    questionCount: 5,
    answerSeconds: 120,
    followUpsPerQuestion: 1,
    consent: {
      speechEnabled: true,
      mediaEnabled: false,
      isRecordingOffered: true,
      retentionDays: 90,
    },
    link: `http://localhost:3000/interview/${options.token}?from=batch&ref="csv"&n='1'`,
    optOutLink: `http://localhost:3000/api/reminders/opt-out?token=${options.token}.sig&x=<y>`,
  };
  return { kind: "candidate-invitation" as const, locale: options.locale, props };
}

// Four variants of two or more rows each (2 renders each), one row alone in its minute, and four
// rows whose names a slot cannot hold exactly (rendered on their own): 13 renders for 16 rows.
const slotted = [
  invitation({ locale: "en", name: `Ada "Ace" O'Neil <ada> & Co`, token: "t1", timeZone: null }),
  invitation({
    locale: "en",
    name: "Grace Hopper",
    token: "t2",
    timeZone: null,
    secondsIntoMinute: 10,
  }),
  invitation({
    locale: "en",
    name: "&amp; literally",
    token: "t3",
    timeZone: null,
    secondsIntoMinute: 30,
  }),
  invitation({ locale: "en", name: "김민지", token: "t4", timeZone: null, secondsIntoMinute: 59 }),
  invitation({ locale: "en", name: "Lin <b>", token: "t5", timeZone: "Asia/Seoul" }),
  invitation({
    locale: "en",
    name: "O'Brien",
    token: "t6",
    timeZone: "Asia/Seoul",
    secondsIntoMinute: 5,
  }),
  invitation({ locale: "ko", name: "김민지", token: "t7", timeZone: "Asia/Seoul" }),
  invitation({ locale: "ko", name: `박"서준" & <이>`, token: "t8", timeZone: "Asia/Seoul" }),
  invitation({ locale: "ko", name: "Jean-Luc d'Arc", token: "t9", timeZone: "Asia/Seoul" }),
  invitation({ locale: "ko", name: "최수아", token: "t10", timeZone: null }),
  invitation({ locale: "ko", name: "A & B", token: "t11", timeZone: null, secondsIntoMinute: 45 }),
];
const aloneInItsMinute = invitation({
  locale: "en",
  name: "Late Row",
  token: "t12",
  timeZone: null,
  deadline: new Date(minute + 60_000),
});
const unplain = ["two  spaces", "trailing ", "tab\there", ""].map((name, index) =>
  invitation({ locale: "en", name, token: `u${index}`, timeZone: null }),
);

describe("renderMails", () => {
  beforeEach(() => {
    vi.mocked(renderMail).mockClear();
  });

  it("gives every invitation of a batch byte for byte what renderMail gives it alone, with one render per variant", async () => {
    const batch = [...slotted, aloneInItsMinute, ...unplain];
    const rendered = await renderMails(batch);
    const renders = vi.mocked(renderMail).mock.calls.length;
    for (const [index, mail] of batch.entries()) {
      const alone = await renderMail(mail);
      expect(rendered[index]?.subject, `row ${index} subject`).toBe(alone.subject);
      expect(rendered[index]?.html, `row ${index} html`).toBe(alone.html);
      expect(rendered[index]?.text, `row ${index} text`).toBe(alone.text);
    }
    expect(renders).toBe(4 * 2 + 1 + unplain.length);
    // The tricky values are really in the filled parts, escaped in the HTML only.
    expect(rendered[0]?.html).toContain("Ada &quot;Ace&quot; O&#x27;Neil &lt;ada&gt; &amp; Co");
    expect(rendered[0]?.text).toContain(`Ada "Ace" O'Neil <ada> & Co`);
    expect(rendered[0]?.text).toContain(slotted[0]?.props.optOutLink);
  });

  it("renders a single invitation and other kinds of mail on their own", async () => {
    await renderMails([slotted[0] as (typeof slotted)[number]]);
    await renderMails([
      { kind: "password-reset", locale: "en", props: { name: "Ada", link: "http://x.test/r?a=1" } },
      { kind: "password-reset", locale: "en", props: { name: "Bob", link: "http://x.test/r?a=2" } },
    ]);
    expect(vi.mocked(renderMail)).toHaveBeenCalledTimes(3);
  });

  it("refuses to fill a template whose output depends on a slot's length (the reminder's preview holds the name)", async () => {
    const reminder = {
      ...(slotted[0] as (typeof slotted)[number]),
      kind: "candidate-reminder" as const,
    };
    expect(await renderWithSlots({ ...reminder, slots: ["candidateName", "link"] })).toBeNull();
    expect(
      await renderWithSlots({
        ...(slotted[0] as (typeof slotted)[number]),
        slots: ["candidateName"],
      }),
    ).not.toBeNull();
  });
});

describe("escapeLikeReact", () => {
  it("writes text and attribute values as react-dom does", () => {
    for (const value of [`a & b < c > d "e" 'f'`, "&amp;", "김민지", "x=1&y=2", "plain"]) {
      const markup = renderToStaticMarkup(createElement("a", { href: value, title: value }, value));
      const escaped = escapeLikeReact(value);
      expect(markup).toBe(`<a href="${escaped}" title="${escaped}">${escaped}</a>`);
    }
  });
});
