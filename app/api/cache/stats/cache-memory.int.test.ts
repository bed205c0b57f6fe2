import { describe, expect, it } from "vitest";
import { assertNoStaleReads, questionStats, setUpInterview } from "@/tests/support/cache-scenarios";

describe("the in-process cache behind the API", () => {
  it("serves the second read of an interview's questions from the cache, and an edit on the next read", async () => {
    const { readQuestions, editQuestion, readStats } = await setUpInterview();
    const before = await questionStats(readStats);
    const first = await readQuestions();
    const second = await readQuestions();
    expect(second).toEqual(first);
    const after = await questionStats(readStats);
    expect(after.misses - before.misses).toBe(1);
    expect(after.hits - before.hits).toBe(1);

    const [question] = first.questions;
    await editQuestion(question?.id ?? "", "What would you cache first, and why?");
    const edited = await readQuestions();
    expect(edited.questions[0]?.content).toBe("What would you cache first, and why?");
  });

  it("answers stats to operators only", async () => {
    const { tenant, inviteToken, readStats } = await setUpInterview();
    expect((await readStats(tenant.token)).status).toBe(403);
    expect((await readStats(inviteToken)).status).toBe(403);
    const { callRoute } = await import("@/tests/support/call-route");
    const { GET } = await import("./route");
    expect((await callRoute(GET, {})).status).toBe(401);
    const result = await readStats();
    expect(result.body).toMatchObject({
      backend: "memory",
      kinds: {
        question: expect.any(Object),
        company: expect.any(Object),
        user: expect.any(Object),
        interview: expect.any(Object),
        report: expect.any(Object),
      },
    });
  });

  it("never serves a stale read under interleaved writes and reads", async () => {
    await assertNoStaleReads({ rounds: 25, readers: 4 });
  });
});
