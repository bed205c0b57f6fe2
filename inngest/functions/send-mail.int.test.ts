import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { queueMail } from "@/lib/mail/queue-mail";
import { maxSendAttempts } from "@/lib/mail/send-queued-mail";
import { queueMailUndispatched } from "@/tests/support/queue-mail-undispatched";
import { mailQueued } from "../events";
import { withQueuedMailDispatched } from "../mail-dispatch";
import { sendMailFunction } from "./send-mail";

// Before any app module loads: the app's env must already name the SMTP server.
const smtp = await vi.hoisted(async () => {
  const { startSmtpTestServer } = await import("@/tests/support/smtp-test-server");
  const server = await startSmtpTestServer();
  process.env.SMTP_URL = server.url;
  process.env.MAIL_FROM = "Hiring at Acme <hiring@acme.test>";
  return server;
});
afterAll(() => smtp.close());

const link = "http://localhost:3000/accept-invitation/inv-1";

function invitation(to: string) {
  return {
    kind: "workspace-invitation" as const,
    to,
    locale: "ko" as const,
    props: {
      inviterName: "김민지",
      workspaceName: "Acme",
      role: "evaluator",
      link,
      expiresAt: new Date("2026-12-13T09:30:00Z"),
    },
  };
}

async function rowOf(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(emailMessages).where(eq(emailMessages.id, id));
  if (!row) throw new Error("no row");
  return row;
}

function arrivedFor(address: string) {
  return smtp.envelopes.flatMap((envelope, index) =>
    envelope.to.includes(address) ? [smtp.received[index]] : [],
  );
}

function runSendMail(messageId: string) {
  return new InngestTestEngine({
    function: sendMailFunction.inngestFunction,
    events: [mailQueued.create({ messageId })],
  }).execute();
}

describe("send-mail over SMTP", () => {
  it("delivers a queued Korean invitation with its subject, HTML and text parts, the link and From = MAIL_FROM, then forgets the bodies", async () => {
    const to = `invitee-${crypto.randomUUID()}@example.com`;
    const id = await withQueuedMailDispatched(() => queueMail(invitation(to)));
    const [mail] = arrivedFor(to);
    expect(arrivedFor(to)).toHaveLength(1);
    expect(mail?.subject).toBe("김민지님이 Acme 워크스페이스에 초대했습니다");
    expect(mail?.from?.value).toEqual([{ address: "hiring@acme.test", name: "Hiring at Acme" }]);
    expect(mail?.html).toContain("평가자");
    expect(mail?.html).toContain(link);
    expect(mail?.text).toContain("평가자");
    expect(mail?.text).toContain(link);
    expect(await rowOf(id)).toMatchObject({
      status: "sent",
      attempts: 1,
      subject: "김민지님이 Acme 워크스페이스에 초대했습니다",
      toAddress: to,
      html: null,
      text: null,
      link: null,
      sentAt: expect.any(Date),
    });
  });

  it("sends once when the function runs twice for one message, one after the other or side by side", async () => {
    const to = `twice-${crypto.randomUUID()}@example.com`;
    const id = await queueMailUndispatched(invitation(to));
    const first = await runSendMail(id);
    const second = await runSendMail(id);
    expect([first.result, second.result]).toEqual([{ outcome: "sent" }, { outcome: "skipped" }]);

    const racedTo = `raced-${crypto.randomUUID()}@example.com`;
    const raced = await queueMailUndispatched(invitation(racedTo));
    const runs = await Promise.all([runSendMail(raced), runSendMail(raced)]);
    expect(
      runs
        .map((run) => run.result)
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ).toEqual([{ outcome: "sent" }, { outcome: "skipped" }]);
    expect(arrivedFor(to)).toHaveLength(1);
    expect(arrivedFor(racedTo)).toHaveLength(1);
  });

  it("leaves a refused message retrying, then failed, with an error naming no address, and never fails the queueing call", async () => {
    const to = `refused-${crypto.randomUUID()}@example.com`;
    smtp.setRecipientRule((address) =>
      address === to ? { code: 451, message: `mailbox <${address}> busy, try later` } : null,
    );
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const id = await queueMailUndispatched(invitation(to));
      // One attempt: refused, the row goes back to queued for the retry.
      const once = await runSendMail(id);
      expect(once.error).toBeDefined();
      const retrying = await rowOf(id);
      expect(retrying).toMatchObject({ status: "queued", attempts: 1 });
      expect(retrying.lastError).toContain("451");
      expect(retrying.lastError).not.toContain(to);

      // Through the dispatcher, as a request would: it resolves, the retries are spent, it fails.
      const again = await withQueuedMailDispatched(() => queueMail(invitation(to)));
      const failed = await rowOf(again);
      expect(sendMailFunction.retries).toBe(maxSendAttempts - 1);
      expect(failed).toMatchObject({ status: "failed", attempts: 3, html: null, link: null });
      expect(failed.lastError).toMatch(/^attempt 3: EENVELOPE RCPT 451: /);
      expect(failed.lastError).not.toContain(to);
      expect(arrivedFor(to)).toHaveLength(0);
      const lines = logged.mock.calls.map((args) => args.map(String).join(" ")).join("\n");
      expect(lines).not.toContain(to);
      expect(lines).not.toContain(link);
    } finally {
      logged.mockRestore();
      smtp.setRecipientRule(() => null);
    }
  });
});
