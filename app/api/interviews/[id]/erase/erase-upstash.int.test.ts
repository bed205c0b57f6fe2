import { afterAll, describe, expect, it, vi } from "vitest";
import { hashToken } from "@/lib/auth/tokens";
import {
  findInterviewByInviteTokenCached,
  getInterviewCached,
  getReportCached,
  listInterviewQuestionsCached,
} from "@/lib/cache/cached-reads";
import { getConfiguredRedis } from "@/lib/cache/redis";
import { callRoute } from "@/tests/support/call-route";
import { createInterviewWithEverything } from "@/tests/support/data-rights-fixtures";
import { createTenant } from "@/tests/support/factories";
import { POST as eraseInterview } from "./route";

const services = await vi.hoisted(async () => {
  const fs = await import("node:fs/promises");
  const os = await import("node:os");
  const path = await import("node:path");
  process.env.RECORDINGS_DIR = await fs.mkdtemp(path.join(os.tmpdir(), "erase-upstash-"));
  // On a busy machine the default 300 ms can pass; the store would then be skipped (by design).
  process.env.CACHE_TIMEOUT_MS = "3000";
  const { startUpstashForApp } = await import("@/tests/support/upstash-env");
  return startUpstashForApp();
});
afterAll(async () => {
  await services?.stop();
});

/** Keys in Redis that name the value, apart from the invalidation counters (a number each). */
async function keysNaming(value: string): Promise<string[]> {
  const redis = getConfiguredRedis();
  if (!redis) throw new Error("Upstash is not configured.");
  const found: string[] = [];
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, { match: `*${value}*`, count: 500 });
    cursor = String(next);
    found.push(...keys.filter((key) => !key.endsWith(":gen")));
  } while (cursor !== "0");
  return found.sort();
}

describe.skipIf(!services)("erasing with the Upstash cache", () => {
  it("leaves no cache key of the interview or its invite in Redis", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createInterviewWithEverything(tenant);
    const inviteHash = hashToken(inviteToken);
    await getInterviewCached(interview.id);
    await listInterviewQuestionsCached(interview.id);
    await getReportCached(interview.id);
    await findInterviewByInviteTokenCached(inviteHash);
    expect(await keysNaming(interview.id)).toHaveLength(3);
    expect(await keysNaming(inviteHash)).toHaveLength(1);

    const result = await callRoute(eraseInterview, {
      method: "POST",
      token: tenant.token,
      params: { id: interview.id },
      json: { confirm: interview.candidateEmail },
    });
    expect(result.status).toBe(200);
    expect(await keysNaming(interview.id)).toEqual([]);
    expect(await keysNaming(inviteHash)).toEqual([]);
  });
});
