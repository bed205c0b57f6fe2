import { describe, expect, it } from "vitest";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { listInterviewQuestionsCached } from "./cached-reads";
import { getCache } from "./get-cache";
import { warmCache } from "./warm-cache";

describe("warmCache", () => {
  it("caches the questions of the 10 most recent active interviews", async () => {
    const tenant = await createTenant();
    const created = [];
    for (let i = 0; i < 12; i++) created.push((await createInvitedInterview(tenant)).interview.id);
    const { interviewIds } = await warmCache();
    expect(interviewIds).toHaveLength(10);
    expect(interviewIds).toEqual(expect.arrayContaining(created.slice(-10)));
    expect(interviewIds).not.toContain(created[0]);

    const before = (await getCache().counters.readKinds()).question;
    await listInterviewQuestionsCached(created.at(-1) ?? "");
    const after = (await getCache().counters.readKinds()).question;
    expect(after.hits - before.hits).toBe(1);
  });
});
