import { eq, inArray } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { interviews, jobRuns } from "@/db/schema";
import { startJobRun } from "@/lib/db/job-runs";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { runMaintenance, startMaintenance } from "./run-maintenance";

// Defaults apply: DATA_RETENTION_DAYS 180, JOB_RUNS_RETENTION_DAYS 30, no Inngest.
const dayMs = 24 * 60 * 60 * 1000;
const hourMs = 60 * 60 * 1000;

async function jobRunStartedDaysAgo(days: number, interviewId?: string) {
  const id = await startJobRun({
    functionId: "evaluate-interview",
    eventName: "interview/completed",
    engine: "in-process",
    interviewId,
  });
  const db = await getDb();
  await db
    .update(jobRuns)
    .set({ startedAt: new Date(Date.now() - days * dayMs) })
    .where(eq(jobRuns.id, id));
  return id;
}

async function remainingJobRuns(ids: string[]) {
  const db = await getDb();
  const rows = await db.select({ id: jobRuns.id }).from(jobRuns).where(inArray(jobRuns.id, ids));
  return rows.map((row) => row.id);
}

describe("runMaintenance", () => {
  afterEach(() => vi.useRealTimers());

  it("deletes job runs started more than 30 days ago and keeps the recent ones", async () => {
    const old = await jobRunStartedDaysAgo(31);
    const recent = await jobRunStartedDaysAgo(29);
    const today = await jobRunStartedDaysAgo(0);
    const result = await runMaintenance();
    expect(result.jobRuns).toBeGreaterThanOrEqual(1);
    expect((await remainingJobRuns([old, recent, today])).sort()).toEqual([recent, today].sort());
  });

  it("deletes the job runs of an interview purged for retention, however recent the run", async () => {
    const { interview } = await createInvitedInterview(await createTenant());
    const run = await jobRunStartedDaysAgo(1, interview.id);
    const db = await getDb();
    await db
      .update(interviews)
      .set({ createdAt: new Date(Date.now() - 181 * dayMs) })
      .where(eq(interviews.id, interview.id));
    expect((await runMaintenance()).interviews).toBeGreaterThanOrEqual(1);
    expect(await remainingJobRuns([run])).toEqual([]);
  });

  it("purges on a timer while the server stays up, without a restart", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const stop = startMaintenance();
    try {
      // A run that becomes too old only after start: the server never restarts, the timer finds it.
      const ageing = await jobRunStartedDaysAgo(29.99);
      await vi.advanceTimersByTimeAsync(30_000);
      expect(await remainingJobRuns([ageing])).toEqual([ageing]);
      await vi.advanceTimersByTimeAsync(2 * hourMs);
      await vi.waitFor(async () => expect(await remainingJobRuns([ageing])).toEqual([]));
    } finally {
      stop();
    }
  });
});
