import { eq, inArray } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { answerBank, dataDeletions, interviews } from "@/db/schema";
import { purgeExpiredData } from "@/lib/jobs/purge-expired-data";
import { getRecordingStorage } from "@/lib/storage/get-recording-storage";
import { interviewRecordingsPrefix } from "@/lib/storage/recording-keys";
import { createInterviewWithEverything } from "@/tests/support/data-rights-fixtures";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";

await vi.hoisted(async () => {
  const fs = await import("node:fs/promises");
  const os = await import("node:os");
  const path = await import("node:path");
  process.env.RECORDINGS_DIR = await fs.mkdtemp(path.join(os.tmpdir(), "retention-recordings-"));
});

const dayMs = 24 * 60 * 60 * 1000;

describe("retention (DATA_RETENTION_DAYS, 180 by default)", () => {
  it("erases interviews past it with their banked answers and recording files, one audit row each, and keeps the rest", async () => {
    const tenant = await createTenant();
    const old = await createInterviewWithEverything(tenant);
    const recent = await createInterviewWithEverything(tenant);
    const neverTaken = await createInvitedInterview(tenant);
    const db = await getDb();
    const now = new Date();
    await db
      .update(interviews)
      .set({ completedAt: new Date(now.getTime() - 181 * dayMs), status: "evaluated" })
      .where(eq(interviews.id, old.interview.id));
    await db
      .update(interviews)
      .set({ createdAt: new Date(now.getTime() - 200 * dayMs) })
      .where(eq(interviews.id, neverTaken.interview.id));
    // Completed 10 days ago though invited long before: counted from completion, so it stays.
    await db
      .update(interviews)
      .set({
        createdAt: new Date(now.getTime() - 400 * dayMs),
        completedAt: new Date(now.getTime() - 10 * dayMs),
      })
      .where(eq(interviews.id, recent.interview.id));

    const result = await purgeExpiredData({ now });
    expect(result.interviews).toBe(2);
    const ids = [old, neverTaken, recent].map((entry) => entry.interview.id);
    const left = await db
      .select({ id: interviews.id })
      .from(interviews)
      .where(inArray(interviews.id, ids));
    expect(left).toEqual([{ id: recent.interview.id }]);
    expect(
      await db.select().from(answerBank).where(eq(answerBank.sourceInterviewId, old.interview.id)),
    ).toEqual([]);
    const storage = getRecordingStorage();
    expect(await storage.list(interviewRecordingsPrefix(old.interview.id))).toEqual([]);
    expect(await storage.list(interviewRecordingsPrefix(recent.interview.id))).toEqual([
      recent.recording.storageKey,
    ]);

    const audit = await db
      .select()
      .from(dataDeletions)
      .where(inArray(dataDeletions.interviewId, ids));
    expect(audit.map((row) => row.interviewId).sort()).toEqual(
      [old.interview.id, neverTaken.interview.id].sort(),
    );
    for (const row of audit) {
      expect(row).toMatchObject({ reason: "retention", requestedByUserId: null });
    }
    expect(audit.find((row) => row.interviewId === old.interview.id)?.removed).toMatchObject({
      recordingFiles: 1,
      answerBank: 1,
    });
  });
});
