import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { withMailDispatch } from "@/inngest/mail-dispatch";
import { runMaintenance } from "@/inngest/run-maintenance";
import { queueMailUndispatched } from "@/tests/support/queue-mail-undispatched";
import { listMailMessages } from "./list-messages";
import { queueMail } from "./queue-mail";

// The test env has no SMTP_URL: the embedded mailbox.
const minuteMs = 60_000;

function resetFor(to: string, token = crypto.randomUUID()) {
  return {
    kind: "password-reset" as const,
    to,
    locale: "en" as const,
    props: { name: "Ada", link: `http://localhost:3000/reset-password?token=${token}` },
  };
}

async function rowOf(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(emailMessages).where(eq(emailMessages.id, id));
  if (!row) throw new Error("no row");
  return row;
}

async function ageRow(id: string, values: { minutes: number; status?: "queued" | "sending" }) {
  const db = await getDb();
  await db
    .update(emailMessages)
    .set({ createdAt: new Date(Date.now() - values.minutes * minuteMs), status: values.status })
    .where(eq(emailMessages.id, id));
}

describe("the embedded mailbox", () => {
  it("keeps a message a route queued as delivered, and the operator's list shows its link and text", async () => {
    const to = `ada-${crypto.randomUUID()}@example.com`;
    const mail = resetFor(to);
    let id = "";
    const route = withMailDispatch(async () => {
      id = await queueMail(mail);
      return Response.json({ status: true });
    });
    expect((await route()).status).toBe(200);
    expect(await rowOf(id)).toMatchObject({ status: "sent", attempts: 1, link: mail.props.link });

    const { mode, messages } = await listMailMessages({ limit: 50 });
    expect(mode).toBe("embedded");
    const listed = messages.find((message) => message.id === id);
    expect(listed).toMatchObject({
      to,
      kind: "password-reset",
      subject: "Reset your password",
      status: "sent",
      link: mail.props.link,
    });
    expect(listed?.text).toContain(mail.props.link);
  });

  it("refuses a message whose props do not fit its kind, or a bad address, and writes nothing", async () => {
    const to = `bad-${crypto.randomUUID()}@example.com`;
    await expect(
      queueMail({ ...resetFor(to), props: { name: "Ada", link: "not a url" } }),
    ).rejects.toThrow();
    await expect(queueMail(resetFor("not an address"))).rejects.toThrow();
    const { messages } = await listMailMessages({ limit: 200 });
    expect(messages.filter((message) => message.to === to)).toEqual([]);
  });

  it("has maintenance send what a lost dispatch left queued, and fail what died mid-send or waited a day, never resending it", async () => {
    const lost = await queueMailUndispatched(resetFor(`lost-${crypto.randomUUID()}@example.com`));
    await ageRow(lost, { minutes: 10 });
    const fresh = await queueMailUndispatched(resetFor(`fresh-${crypto.randomUUID()}@example.com`));
    const interrupted = await queueMailUndispatched(
      resetFor(`cut-${crypto.randomUUID()}@example.com`),
    );
    await ageRow(interrupted, { minutes: 120, status: "sending" });
    const stale = await queueMailUndispatched(resetFor(`stale-${crypto.randomUUID()}@example.com`));
    await ageRow(stale, { minutes: 25 * 60 });

    await runMaintenance();

    expect(await rowOf(lost)).toMatchObject({ status: "sent", attempts: 1 });
    // Under five minutes: its own dispatch may still be on its way.
    expect(await rowOf(fresh)).toMatchObject({ status: "queued", attempts: 0 });
    expect(await rowOf(interrupted)).toMatchObject({
      status: "failed",
      lastError: "interrupted during sending: delivery unknown, not resent",
    });
    expect(await rowOf(stale)).toMatchObject({ status: "failed", attempts: 0 });
  });

  it("deletes messages older than DATA_RETENTION_DAYS (180) with the rest of the expired data", async () => {
    const old = await queueMailUndispatched(resetFor(`old-${crypto.randomUUID()}@example.com`));
    await ageRow(old, { minutes: 181 * 24 * 60 });
    const kept = await queueMailUndispatched(resetFor(`kept-${crypto.randomUUID()}@example.com`));
    await ageRow(kept, { minutes: 179 * 24 * 60 });
    expect((await runMaintenance()).emailMessages).toBeGreaterThanOrEqual(1);
    const { messages } = await listMailMessages({ limit: 500 });
    expect(messages.map((message) => message.id)).toContain(kept);
    expect(messages.map((message) => message.id)).not.toContain(old);
  });
});
