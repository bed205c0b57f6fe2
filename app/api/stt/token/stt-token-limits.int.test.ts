import { eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as completeInterview } from "@/app/api/interviews/[id]/complete/route";
import { POST as postMediaToken } from "@/app/api/interviews/[id]/media-token/route";
import { POST as startInterview } from "@/app/api/interviews/[id]/start/route";
import { getDb } from "@/db/client";
import { interviews } from "@/db/schema";
import { invalidateInterviewCache } from "@/lib/cache/invalidate";
import { getInterviewById } from "@/lib/db/interviews";
import { endOverdueInterviews } from "@/lib/interviews/interview-time-limit";
import { readSpendLimitStats } from "@/lib/interviews/spend-limit-counters";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { POST as postSttToken } from "./route";

// Before any app module reads its env: a budget of three grants, the default 240-minute limit.
const fake = await vi.hoisted(async () => {
  const { startDeepgramForApp } = await import("@/tests/support/deepgram-env");
  process.env.STT_TOKENS_PER_INTERVIEW = "3";
  process.env.MAX_INTERVIEW_DURATION_MINUTES = "240";
  process.env.LIVEKIT_URL = "wss://livekit.test.example";
  process.env.LIVEKIT_API_KEY = "APItestkey";
  process.env.LIVEKIT_API_SECRET = `secret-${"x".repeat(40)}`;
  return startDeepgramForApp();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const minuteMs = 60_000;

async function startedInterview() {
  const { interview, inviteToken } = await createInvitedInterview(await createTenant());
  const started = await callRoute(startInterview, {
    method: "POST",
    token: inviteToken,
    params: { id: interview.id },
  });
  expect(started.status).toBe(200);
  return { interviewId: interview.id, inviteToken };
}

const requestSttToken = (inviteToken: string) =>
  callRoute(postSttToken, { method: "POST", path: "/api/stt/token", token: inviteToken });

async function readGranted(interviewId: string) {
  return (await getInterviewById({ id: interviewId }))?.sttTokensGranted;
}

/** Moves the start back in time, as if the candidate had left the interview open that long. */
async function startedMinutesAgo(interviewId: string, minutes: number) {
  const db = await getDb();
  await db
    .update(interviews)
    .set({ startedAt: new Date(Date.now() - minutes * minuteMs) })
    .where(eq(interviews.id, interviewId));
  await invalidateInterviewCache(interviewId);
}

describe("the speech-to-text budget per interview", () => {
  it("refuses the fourth token of a three-token budget with 429 stt_budget_exhausted, minting nothing more", async () => {
    const { interviewId, inviteToken } = await startedInterview();
    for (let grant = 1; grant <= 3; grant += 1) {
      expect((await requestSttToken(inviteToken)).status).toBe(200);
    }
    const before = await readSpendLimitStats();
    const refused = await requestSttToken(inviteToken);
    expect(refused.status).toBe(429);
    expect(errorCode(refused)).toBe("stt_budget_exhausted");
    expect(fake.counts.grants).toBe(3);
    expect(await readGranted(interviewId)).toBe(3);
    expect((await readSpendLimitStats()).sttBudgetRefused).toBe(before.sttBudgetRefused + 1);

    // The budget is the interview's own: another candidate still gets a token.
    const other = await startedInterview();
    expect((await requestSttToken(other.inviteToken)).status).toBe(200);
  });

  it("grants exactly the budget when twelve requests race for it", async () => {
    const { interviewId, inviteToken } = await startedInterview();
    const results = await Promise.all(
      Array.from({ length: 12 }, () => requestSttToken(inviteToken)),
    );
    const statuses = results.map((result) => result.status).sort();
    expect(statuses).toEqual([...Array(3).fill(200), ...Array(9).fill(429)]);
    expect(fake.counts.grants).toBe(3);
    expect(await readGranted(interviewId)).toBe(3);
  });

  it("gives the grant back when Deepgram refuses to mint, so an outage does not spend the budget", async () => {
    const { interviewId, inviteToken } = await startedInterview();
    // Twice: the SDK retries once.
    fake.failNextGrants({ status: 500, times: 2 });
    expect((await requestSttToken(inviteToken)).status).toBe(502);
    expect(await readGranted(interviewId)).toBe(0);
  });
});

describe("the maximum interview duration", () => {
  it("ends an interview left in progress past the limit and refuses it speech and media tokens", async () => {
    const { interviewId, inviteToken } = await startedInterview();
    await startedMinutesAgo(interviewId, 241);
    const before = await readSpendLimitStats();

    const stt = await requestSttToken(inviteToken);
    expect(stt.status).toBe(409);
    expect(errorCode(stt)).toBe("interview_time_limit");
    expect(fake.counts.grants).toBe(0);
    // Ended as the candidate would end it: completed, and evaluated with what was saved.
    const ended = await getInterviewById({ id: interviewId });
    expect(["completed", "evaluating", "evaluated"]).toContain(ended?.status);

    const media = await callRoute(postMediaToken, {
      method: "POST",
      token: inviteToken,
      params: { id: interviewId },
    });
    expect(media.status).toBe(409);
    // The candidate who comes back can still finish: completing again is a no-op, not an error.
    const finish = await callRoute(completeInterview, {
      method: "POST",
      token: inviteToken,
      params: { id: interviewId },
    });
    expect(finish.status).toBe(200);

    const after = await readSpendLimitStats();
    expect(after.sttTimeLimitRefused).toBe(before.sttTimeLimitRefused + 1);
    expect(after.endedAtTimeLimit).toBe(before.endedAtTimeLimit + 1);
  });

  it("refuses a media token past the limit even before any speech token was asked for", async () => {
    const { interviewId, inviteToken } = await startedInterview();
    await startedMinutesAgo(interviewId, 300);
    const media = await callRoute(postMediaToken, {
      method: "POST",
      token: inviteToken,
      params: { id: interviewId },
    });
    expect(media.status).toBe(409);
    expect(errorCode(media)).toBe("interview_time_limit");
  });

  it("lets an interview inside the limit keep its tokens", async () => {
    const { interviewId, inviteToken } = await startedInterview();
    await startedMinutesAgo(interviewId, 239);
    expect((await requestSttToken(inviteToken)).status).toBe(200);
  });

  it("the sweep ends overdue interviews nobody came back to and leaves recent ones in progress", async () => {
    const overdue = await startedInterview();
    const recent = await startedInterview();
    await startedMinutesAgo(overdue.interviewId, 600);
    await startedMinutesAgo(recent.interviewId, 30);
    const { completions } = await endOverdueInterviews();
    expect(completions).toContainEqual(
      expect.objectContaining({ interviewId: overdue.interviewId }),
    );
    expect((await getInterviewById({ id: overdue.interviewId }))?.status).not.toBe("in_progress");
    expect((await getInterviewById({ id: recent.interviewId }))?.status).toBe("in_progress");
  });
});
