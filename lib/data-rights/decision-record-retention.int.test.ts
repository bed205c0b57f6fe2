import { eq, inArray } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import {
  companies,
  dataDeletions,
  decisionRecords,
  hiringDecisions,
  interviews,
} from "@/db/schema";
import { hashInterviewId } from "@/lib/compliance/decision-records/interview-id-hash";
import { purgeExpiredData } from "@/lib/jobs/purge-expired-data";
import { createTenant } from "@/tests/support/factories";
import { createReportedInterview } from "@/tests/support/review-fixtures";

await vi.hoisted(async () => {
  const fs = await import("node:fs/promises");
  const os = await import("node:os");
  const path = await import("node:path");
  process.env.RECORDINGS_DIR = await fs.mkdtemp(path.join(os.tmpdir(), "decision-retention-"));
});

// The sweep's clock, given by the test: every date below is fixed, none read from the machine.
const sweepAt = new Date("2027-09-15T06:00:00Z");
const completedAt = new Date("2027-03-01T12:00:00Z"); // 198 days before the sweep: past 180.

async function recordsOf(interviewIds: string[]) {
  const db = await getDb();
  return db
    .select()
    .from(decisionRecords)
    .where(inArray(decisionRecords.interviewIdHash, interviewIds.map(hashInterviewId)));
}

describe("decision records of the retention sweep", () => {
  it("are written for a decided and an undecided interview, each kept its months, then purged past retainUntil", async () => {
    const tenant = await createTenant();
    const db = await getDb();
    await db
      .update(companies)
      .set({ auditRetentionMonths: 6 })
      .where(eq(companies.id, tenant.company.id));
    const decided = await createReportedInterview(tenant);
    const undecided = await createReportedInterview(tenant);
    const ids = [decided.interview.id, undecided.interview.id];
    await db
      .update(interviews)
      .set({ status: "evaluated", completedAt })
      .where(inArray(interviews.id, ids));
    await db.insert(hiringDecisions).values({
      interviewId: decided.interview.id,
      decision: "reject",
      userId: tenant.recruiter.id,
      updatedAt: new Date("2027-05-01T00:00:00Z"),
    });

    const swept = await purgeExpiredData({ now: sweepAt });
    expect(swept.interviews).toBeGreaterThanOrEqual(2);
    expect(await db.select().from(interviews).where(inArray(interviews.id, ids))).toEqual([]);
    const deletions = await db
      .select({ reason: dataDeletions.reason })
      .from(dataDeletions)
      .where(inArray(dataDeletions.interviewId, ids));
    expect(deletions).toEqual([{ reason: "retention" }, { reason: "retention" }]);

    const byHash = new Map(
      (await recordsOf(ids)).map((record) => [record.interviewIdHash, record]),
    );
    expect(byHash.get(hashInterviewId(decided.interview.id))).toMatchObject({
      decision: "reject",
      decidedAt: new Date("2027-05-01T00:00:00Z"),
      erasedAt: sweepAt,
      retainUntil: new Date("2027-11-01T00:00:00Z"),
    });
    expect(byHash.get(hashInterviewId(undecided.interview.id))).toMatchObject({
      decision: null,
      decidedAt: null,
      erasedAt: sweepAt,
      // Nothing decided: six months from the erase.
      retainUntil: new Date("2028-03-15T06:00:00Z"),
    });

    // A day after the decided one's retainUntil, the next sweep deletes it and keeps the other.
    const later = await purgeExpiredData({ now: new Date("2027-11-02T00:00:00Z") });
    expect(later.decisionRecords).toBe(1);
    expect((await recordsOf(ids)).map((record) => record.decision)).toEqual([null]);
    // Exactly at retainUntil it is still kept; a moment later it goes.
    await purgeExpiredData({ now: new Date("2028-03-15T06:00:00Z") });
    expect(await recordsOf(ids)).toHaveLength(1);
    await purgeExpiredData({ now: new Date("2028-03-15T06:00:00.001Z") });
    expect(await recordsOf(ids)).toEqual([]);
  });
});
