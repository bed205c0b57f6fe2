import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { queueMailUndispatched } from "@/tests/support/queue-mail-undispatched";
import { sendMailSweepFunction } from "./send-mail-sweep";

async function queueAged(minutes: number) {
  const id = await queueMailUndispatched({
    kind: "email-verification",
    to: `sweep-${crypto.randomUUID()}@example.com`,
    locale: "en",
    props: { name: "Ada", link: "http://localhost:3000/verify?token=t" },
  });
  const db = await getDb();
  await db
    .update(emailMessages)
    .set({ createdAt: new Date(Date.now() - minutes * 60_000) })
    .where(eq(emailMessages.id, id));
  return id;
}

describe("send-mail-sweep (the Inngest cron)", () => {
  it("sends mail/queued again for a message whose dispatch was lost, and none for a fresh one", async () => {
    const lost = await queueAged(10);
    await queueAged(1);
    const engine = new InngestTestEngine({
      function: sendMailSweepFunction.inngestFunction,
      events: [{ name: "inngest/scheduled.timer", data: {} }],
      // The test engine would send to a real Inngest: what is sent is checked on the step instead.
      steps: [{ id: "send-again", handler: () => ({ ids: [] }) }],
    });
    const { result, ctx } = await engine.execute();
    expect(result).toEqual({ redispatched: 1, failed: 0 });
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("send-again", [
      expect.objectContaining({ name: "mail/queued", data: { messageId: lost } }),
    ]);
  });
});
