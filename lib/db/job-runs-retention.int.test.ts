import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { companies, hiringDecisions, jobRuns } from "@/db/schema";
import { purgeExpiredData } from "@/lib/jobs/purge-expired-data";
import { createInvitedInterview, createTenant, type Tenant } from "@/tests/support/factories";
import { startJobRun } from "./job-runs";

const dayMs = 24 * 60 * 60 * 1000;

async function runStartedAt(options: { interviewId: string | null; startedAt: Date }) {
  const id = await startJobRun({
    functionId: "evaluate-interview",
    eventName: "interview/completed",
    engine: "in-process",
    interviewId: options.interviewId,
  });
  const db = await getDb();
  await db.update(jobRuns).set({ startedAt: options.startedAt }).where(eq(jobRuns.id, id));
  return id;
}

async function decidedInterview(tenant: Tenant, decidedAt: Date | null) {
  const { interview } = await createInvitedInterview(tenant);
  if (decidedAt) {
    const db = await getDb();
    await db.insert(hiringDecisions).values({
      interviewId: interview.id,
      decision: "advance",
      userId: tenant.recruiter.id,
      updatedAt: decidedAt,
    });
  }
  return interview.id;
}

describe("job runs past JOB_RUNS_RETENTION_DAYS (30)", () => {
  it("are kept while a decision younger than the workspace's audit months, or none yet, rests on them; the rest go", async () => {
    // The sweep's clock, given by the test; every date below is counted from it.
    const now = new Date();
    const daysAgo = (days: number) => new Date(now.getTime() - days * dayMs);
    const sixMonths = await createTenant();
    const twelveMonths = await createTenant();
    const db = await getDb();
    await db
      .update(companies)
      .set({ auditRetentionMonths: 6 })
      .where(eq(companies.id, sixMonths.company.id));

    const youngDecision = await decidedInterview(sixMonths, daysAgo(30));
    const oldDecision = await decidedInterview(sixMonths, daysAgo(200));
    const oldDecisionLongerKept = await decidedInterview(twelveMonths, daysAgo(200));
    const undecided = await decidedInterview(sixMonths, null);
    const old = daysAgo(40);
    const runs = {
      youngDecision: await runStartedAt({ interviewId: youngDecision, startedAt: old }),
      oldDecision: await runStartedAt({ interviewId: oldDecision, startedAt: old }),
      oldDecisionRecent: await runStartedAt({ interviewId: oldDecision, startedAt: daysAgo(5) }),
      oldDecisionLongerKept: await runStartedAt({
        interviewId: oldDecisionLongerKept,
        startedAt: old,
      }),
      undecided: await runStartedAt({ interviewId: undecided, startedAt: old }),
      interviewGone: await runStartedAt({ interviewId: crypto.randomUUID(), startedAt: old }),
      noInterview: await runStartedAt({ interviewId: null, startedAt: old }),
    };

    await purgeExpiredData({ now });

    const left = await db
      .select({ id: jobRuns.id })
      .from(jobRuns)
      .where(inArray(jobRuns.id, Object.values(runs)));
    const leftNames = Object.entries(runs)
      .filter(([, id]) => left.some((row) => row.id === id))
      .map(([name]) => name)
      .sort();
    expect(leftNames).toEqual([
      "oldDecisionLongerKept",
      "oldDecisionRecent",
      "undecided",
      "youngDecision",
    ]);
  });
});
