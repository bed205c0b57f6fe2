import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { MailboxEntry } from "@/lib/mail/list-messages";
import { MailboxTable } from "./mailbox-table";

const link = "http://localhost:3000/reset-password?token=abc";
const message: MailboxEntry = {
  id: "m1",
  createdAt: new Date("2026-12-06T10:00:00Z"),
  sentAt: new Date("2026-12-06T10:00:01Z"),
  kind: "password-reset",
  to: "ada@example.com",
  subject: "Reset your password",
  status: "sent",
  attempts: 1,
  lastError: null,
  link,
  text: `Choose a new password: ${link}`,
};

describe("MailboxTable", () => {
  it("gives an embedded message's link as an anchor and its text behind a disclosure", () => {
    const html = renderToStaticMarkup(
      createElement(MailboxTable, { messages: [message], mode: "embedded" }),
    );
    expect(html).toContain(`<a href="${link.replace("&", "&amp;")}"`);
    expect(html).toMatch(/<details>.*Read the text.*Choose a new password/s);
  });

  it("shows over SMTP what was sent and why it failed, with no message column", () => {
    const failed = {
      ...message,
      status: "failed" as const,
      attempts: 3,
      lastError: "attempt 3: EENVELOPE RCPT 550: [address] unknown",
      link: null,
      text: null,
    };
    const html = renderToStaticMarkup(
      createElement(MailboxTable, { messages: [failed], mode: "smtp" }),
    );
    expect(html).toContain("attempt 3: EENVELOPE RCPT 550");
    expect(html).not.toContain(">Message<");
    expect(html).not.toContain("<a ");
  });
});
