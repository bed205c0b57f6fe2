import { afterAll, describe, expect, it, vi } from "vitest";
import { assertNoStaleReads, questionStats, setUpInterview } from "@/tests/support/cache-scenarios";

// Before any app module loads: the app's env must already name the Upstash server.
const services = await vi.hoisted(async () => {
  const { startUpstashForApp } = await import("@/tests/support/upstash-env");
  return startUpstashForApp();
});
afterAll(async () => {
  await services?.stop();
});

describe.skipIf(!services)(
  "the Upstash cache (REST over a real redis-server) behind the API",
  () => {
    it("serves the second read from Redis, with stats shared through Redis", async () => {
      const { readQuestions, readStats } = await setUpInterview();
      const before = await questionStats(readStats);
      const first = await readQuestions();
      expect(await readQuestions()).toEqual(first);
      const after = await questionStats(readStats);
      expect([after.misses - before.misses, after.hits - before.hits]).toEqual([1, 1]);
      expect((await readStats()).body).toMatchObject({
        backend: "upstash",
        rateLimit: { backend: "upstash" },
      });
    });

    it("never serves a stale read under interleaved writes and reads", async () => {
      await assertNoStaleReads({ rounds: 20, readers: 3 });
    });

    it("keeps answering 200 with correct data while Redis is killed mid-run, and is fresh after it returns", async () => {
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      const { readQuestions, editQuestion, readStats } = await setUpInterview();
      const original = await readQuestions();
      await readQuestions();
      const [question] = original.questions;
      if (!question || !services) throw new Error("setup failed");

      services.redis.kill();
      const during = [];
      for (let i = 0; i < 10; i++) during.push(await readQuestions());
      expect(during.map((read) => read.status)).toEqual(Array(10).fill(200));
      expect(
        during.every(
          (read) => JSON.stringify(read.questions) === JSON.stringify(original.questions),
        ),
      ).toBe(true);

      // Edited while Redis is down: the invalidation fails now and is replayed once Redis is back.
      await editQuestion(question.id, "Edited while the cache was down?");
      expect((await readQuestions()).questions[0]?.content).toBe(
        "Edited while the cache was down?",
      );

      await services.redis.restart();
      await vi.waitFor(async () => expect((await readStats()).status).toBe(200), {
        timeout: 5_000,
      });
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      for (let i = 0; i < 3; i++) {
        const read = await readQuestions();
        expect(read.status).toBe(200);
        expect(read.questions[0]?.content).toBe("Edited while the cache was down?");
      }
      expect((await questionStats(readStats)).errors).toBeGreaterThan(0);
      expect(warn.mock.calls.length).toBeLessThanOrEqual(2);
      warn.mockRestore();
    }, 30_000);

    it("replays an invalidation that failed while Redis was unreachable, so the old entry is never served", async () => {
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      const { readQuestions, editQuestion } = await setUpInterview();
      const original = await readQuestions();
      const [question] = original.questions;
      if (!question || !services) throw new Error("setup failed");

      // Cut off: Redis keeps the old entry, and the edit's invalidation cannot reach it.
      services.upstash.setUnreachable(true);
      await editQuestion(question.id, "Edited while the cache was slow?");
      expect((await readQuestions()).questions[0]?.content).toBe(
        "Edited while the cache was slow?",
      );

      services.upstash.setUnreachable(false);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      for (let i = 0; i < 3; i++) {
        expect((await readQuestions()).questions[0]?.content).toBe(
          "Edited while the cache was slow?",
        );
      }
      warn.mockRestore();
    }, 30_000);
  },
);
