import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { interviews } from "@/db/schema";
import { readSpendLimitStats } from "@/lib/interviews/spend-limit-counters";
import { getRecordingStorage } from "@/lib/storage/get-recording-storage";
import { recordingChunksPrefix } from "@/lib/storage/recording-keys";
import { errorCode } from "@/tests/support/call-route";
import {
  completeAnswerRecording,
  recordedChunk,
  sendRecordingChunk,
  setupRecordedInterview,
  startAnswerRecording,
} from "@/tests/support/recording-world";

// Before any app module reads its env: 10,000 bytes and three recordings per interview. The four
// fixture chunks hold 8,548 bytes.
vi.hoisted(() => {
  process.env.RECORDING_MAX_BYTES_PER_INTERVIEW = "10000";
  process.env.RECORDINGS_PER_INTERVIEW = "3";
});

async function bytesReceived(interviewId: string) {
  const [row] = await (await getDb())
    .select({ bytes: interviews.recordingBytesReceived })
    .from(interviews)
    .where(eq(interviews.id, interviewId));
  return row?.bytes;
}

describe("the recording quota of an interview", () => {
  it("refuses a chunk past the byte cap whole with 413, storing and counting nothing of it", async () => {
    const world = await setupRecordedInterview();
    const recordingId = ((await startAnswerRecording(world)).body as { id: string }).id;
    const params = { ...world.params, recordingId };
    for (const seq of [0, 1, 2, 3]) {
      const sent = await sendRecordingChunk({
        token: world.inviteToken,
        params: { ...params, seq: String(seq) },
        body: recordedChunk(seq),
      });
      expect(sent.status).toBe(201);
    }
    expect(await bytesReceived(world.interview.id)).toBe(8_548);
    // A retried chunk is stored once and counted once.
    const replay = await sendRecordingChunk({
      token: world.inviteToken,
      params: { ...params, seq: "2" },
      body: recordedChunk(2),
    });
    expect(replay.status).toBe(200);
    expect(await bytesReceived(world.interview.id)).toBe(8_548);

    const before = await readSpendLimitStats();
    const over = await sendRecordingChunk({
      token: world.inviteToken,
      params: { ...params, seq: "4" },
      body: Buffer.alloc(2_000, 1),
    });
    expect([over.status, errorCode(over)]).toEqual([413, "recording_quota_exceeded"]);
    expect(await bytesReceived(world.interview.id)).toBe(8_548);
    const prefix = recordingChunksPrefix({ interviewId: world.interview.id, recordingId });
    expect((await getRecordingStorage().list(prefix)).map((key) => key.slice(-6))).toEqual([
      "000000",
      "000001",
      "000002",
      "000003",
    ]);
    expect((await readSpendLimitStats()).recordingQuotaRefused).toBe(
      before.recordingQuotaRefused + 1,
    );
    // What arrived within the quota is still the candidate's answer.
    const done = await completeAnswerRecording(world, recordingId);
    expect(done.body).toMatchObject({ status: "ready" });
  });

  it("refuses a recording past the count cap with 413", async () => {
    const world = await setupRecordedInterview();
    for (let index = 0; index < 3; index += 1) {
      expect((await startAnswerRecording(world)).status).toBe(201);
    }
    const before = await readSpendLimitStats();
    const fourth = await startAnswerRecording(world);
    expect([fourth.status, errorCode(fourth)]).toEqual([413, "recording_quota_exceeded"]);
    expect((await readSpendLimitStats()).recordingQuotaRefused).toBe(
      before.recordingQuotaRefused + 1,
    );
  });

  it("refuses concurrent starts past the count cap: the cap is never overshot", async () => {
    const world = await setupRecordedInterview();
    const results = await Promise.all(Array.from({ length: 6 }, () => startAnswerRecording(world)));
    expect(results.map((result) => result.status).sort()).toEqual([201, 201, 201, 413, 413, 413]);
  });
});
