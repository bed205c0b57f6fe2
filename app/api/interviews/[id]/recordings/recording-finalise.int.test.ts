import { eq } from "drizzle-orm";
import { Decoder } from "ts-ebml";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { recordings } from "@/db/schema";
import { countRecordingsInPreparation } from "@/lib/db/recordings";
import { listPlayableRecordings } from "@/lib/recordings/list-playable-recordings";
import { planSeekableWebm } from "@/lib/recordings/make-webm-seekable";
import { maxRecordingChunkBytes } from "@/lib/recordings/recording-limits";
import { getRecordingStorage } from "@/lib/storage/get-recording-storage";
import { callRoute } from "@/tests/support/call-route";
import {
  completeAnswerRecording,
  type RecordedInterview,
  recordedChunk,
  sendRecordingChunk,
  setupRecordedInterview,
  startAnswerRecording,
} from "@/tests/support/recording-world";
import { cutAfterFirstBlock } from "@/tests/support/webm-first-block";
import { GET as readFile } from "../../../recordings/file/route";
import { POST as completeInterview } from "../complete/route";

// The finaliser can be held from the test: the spy runs the real planner unless told otherwise.
vi.mock("@/lib/recordings/make-webm-seekable", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/recordings/make-webm-seekable")>();
  return { ...actual, planSeekableWebm: vi.fn(actual.planSeekableWebm) };
});
const planner = vi.mocked(planSeekableWebm);
const realPlanner = planner.getMockImplementation();
afterEach(() => {
  planner.mockClear();
  vi.restoreAllMocks();
});

// Where the fixture's Cluster element starts, after the EBML header, Segment, Info and Tracks.
const clusterOffset = 146;

async function recordAnswer(world: RecordedInterview, pieces: Buffer[]) {
  const recordingId = ((await startAnswerRecording(world)).body as { id: string }).id;
  for (const [seq, body] of pieces.entries()) {
    const sent = await sendRecordingChunk({
      token: world.inviteToken,
      params: { ...world.params, recordingId, seq: String(seq) },
      body,
    });
    expect(sent.status).toBe(201);
  }
  return recordingId;
}

/** The served file's Duration in seconds (null without one), read as a player reads the head. */
async function servedDuration(url: string): Promise<number | null> {
  const link = new URL(url, "http://localhost:3000");
  const served = await readFile(new Request(link), { params: Promise.resolve({}) });
  expect(served.status).toBe(200);
  const bytes = await served.arrayBuffer();
  const elements = new Decoder().decode(bytes);
  const scale = elements.find((element) => element.name === "TimestampScale");
  const duration = elements.find((element) => element.name === "Duration");
  if (!duration || !("value" in duration) || !scale || !("value" in scale)) return null;
  return (Number(duration.value) * Number(scale.value)) / 1e9;
}

describe("finalising a browser recording", () => {
  it("lists a part as playable only once its file is rewritten, and runs one finaliser however many complete it", async () => {
    const world = await setupRecordedInterview();
    const recordingId = await recordAnswer(world, [0, 1, 2, 3].map(recordedChunk));
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    planner.mockImplementationOnce(async (source, options) => {
      await held;
      return (realPlanner ?? planSeekableWebm)(source, options);
    });

    const completing = completeAnswerRecording(world, recordingId);
    await vi.waitFor(() => expect(planner).toHaveBeenCalledTimes(1));
    const rowNow = async () =>
      (await (await getDb()).select().from(recordings).where(eq(recordings.id, recordingId)))[0];
    expect((await rowNow())?.status).toBe("finalising");
    // The recruiter opening the report now sees no player for the part, and no file is there.
    expect(await listPlayableRecordings({ interviewId: world.interview.id })).toEqual([]);
    expect(await getRecordingStorage().get((await rowNow())?.storageKey ?? "")).toBeNull();

    // The candidate finishes meanwhile: completing the interview neither waits for the held
    // finaliser nor starts a second one.
    const finished = await callRoute(completeInterview, {
      method: "POST",
      token: world.inviteToken,
      params: world.params,
    });
    expect(finished.status).toBe(200);
    expect(planner).toHaveBeenCalledTimes(1);
    expect(await listPlayableRecordings({ interviewId: world.interview.id })).toEqual([]);
    // …and the report says one part is on its way instead of leaving it out silently.
    expect(await countRecordingsInPreparation({ interviewId: world.interview.id })).toBe(1);

    release();
    const done = await completing;
    expect(done.body).toMatchObject({ status: "ready" });
    const playable = await listPlayableRecordings({ interviewId: world.interview.id });
    expect(playable).toHaveLength(1);
    expect(await countRecordingsInPreparation({ interviewId: world.interview.id })).toBe(0);
    const seconds = await servedDuration(playable[0]?.url ?? "");
    expect(seconds).toBeGreaterThan(2.5);
    expect(Number.isFinite(seconds)).toBe(true);
    expect(planner).toHaveBeenCalledTimes(1);
  });

  it("gives a part of one block (a question left at once) a finite duration, and fails a part with no audio", async () => {
    const world = await setupRecordedInterview();
    const original = Buffer.concat([0, 1, 2, 3].map(recordedChunk));
    const oneBlock = await recordAnswer(world, [cutAfterFirstBlock(original)]);
    expect((await completeAnswerRecording(world, oneBlock)).body).toMatchObject({
      status: "ready",
      durationMs: 3300,
    });
    const headOnly = await recordAnswer(world, [original.subarray(0, clusterOffset)]);
    expect((await completeAnswerRecording(world, headOnly)).body).toMatchObject({
      status: "failed",
    });
    const playable = await listPlayableRecordings({ interviewId: world.interview.id });
    expect(playable.map((recording) => recording.id)).toEqual([oneBlock]);
    expect(await servedDuration(playable[0]?.url ?? "")).toBe(3.3);
  });

  it("completes a 6 MiB recording without holding it whole: the chunks stream into storage", async () => {
    const world = await setupRecordedInterview();
    // A real recorder's head and its one cluster (at byte 146), the cluster repeated to 6 MiB,
    // cut as 1 MiB uploads.
    const original = Buffer.concat([0, 1, 2, 3].map(recordedChunk));
    const cluster = original.subarray(clusterOffset);
    const repeats = Math.ceil((6 * 1024 * 1024) / cluster.length);
    const recorded = Buffer.concat([
      original.subarray(0, clusterOffset),
      ...Array(repeats).fill(cluster),
    ]);
    const pieces: Buffer[] = [];
    for (let start = 0; start < recorded.length; start += maxRecordingChunkBytes) {
      pieces.push(recorded.subarray(start, start + maxRecordingChunkBytes));
    }
    const recordingId = await recordAnswer(world, pieces);

    const storage = getRecordingStorage();
    const put = vi.spyOn(storage, "put");
    const putStream = vi.spyOn(storage, "putStream");
    let largestPiece = 0;
    putStream.mockImplementation(async function (this: typeof storage, key, body, options) {
      async function* measured() {
        for await (const piece of body) {
          largestPiece = Math.max(largestPiece, piece.length);
          yield piece;
        }
      }
      return storage.constructor.prototype.putStream.call(storage, key, measured(), options);
    });
    const concat = Buffer.concat;
    let largestBuffer = 0;
    vi.spyOn(Buffer, "concat").mockImplementation((list, totalLength) => {
      const joined = concat(list, totalLength);
      largestBuffer = Math.max(largestBuffer, joined.length);
      return joined;
    });

    const done = await completeAnswerRecording(world, recordingId);
    vi.mocked(Buffer.concat).mockRestore();
    expect(done.body).toMatchObject({ status: "ready" });
    expect(put).not.toHaveBeenCalled();
    expect(putStream).toHaveBeenCalledTimes(1);
    expect(largestPiece).toBeLessThanOrEqual(maxRecordingChunkBytes);
    // The parser joins what is left of one piece with the next: never more than two pieces.
    expect(largestBuffer).toBeLessThanOrEqual(2 * maxRecordingChunkBytes);
    const [row] = await (await getDb())
      .select()
      .from(recordings)
      .where(eq(recordings.id, recordingId));
    expect(row?.byteLength).toBeGreaterThan(recorded.length);
    expect(row?.byteLength).toBeLessThan(recorded.length + 64 * 1024);
    const playable = await listPlayableRecordings({ interviewId: world.interview.id });
    expect(await servedDuration(playable[0]?.url ?? "")).toBeGreaterThan(2.5);
  });
});
