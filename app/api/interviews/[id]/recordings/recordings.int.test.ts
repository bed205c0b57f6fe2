import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { recordings } from "@/db/schema";
import { getRecordingStorage } from "@/lib/storage/get-recording-storage";
import { recordingChunksPrefix } from "@/lib/storage/recording-keys";
import { callRoute, errorCode } from "@/tests/support/call-route";
import {
  recordedChunk as chunk,
  sendRecordingChunk as send,
  setupRecordedInterview as setup,
  startAnswerRecording as start,
} from "@/tests/support/recording-world";
import { GET as readFile } from "../../../recordings/file/route";
import { POST as completeInterview } from "../complete/route";
import { POST as completeRecording } from "./[recordingId]/complete/route";
import { POST as consent } from "./consent/route";

describe("browser recordings", () => {
  it("stores chunks once each and completes them into one seekable file a signed link plays", async () => {
    const world = await setup();
    const started = await start(world);
    expect(started.status).toBe(201);
    const recordingId = (started.body as { id: string }).id;
    const params = { ...world.params, recordingId };
    for (const seq of [0, 1, 2, 3]) {
      const sent = await send({
        token: world.inviteToken,
        params: { ...params, seq: String(seq) },
        body: chunk(seq),
      });
      expect(sent.status).toBe(201);
    }
    const replay = await send({
      token: world.inviteToken,
      params: { ...params, seq: "1" },
      body: chunk(1),
    });
    expect(replay.status).toBe(200);
    const prefix = recordingChunksPrefix({ interviewId: world.interview.id, recordingId });
    expect(await getRecordingStorage().list(prefix)).toHaveLength(4);

    const done = await callRoute(completeRecording, {
      method: "POST",
      token: world.inviteToken,
      params,
      json: { durationMs: 3300 },
    });
    expect(done.status).toBe(200);
    const view = done.body as { status: string; durationMs: number; clockOffsetMs: number };
    expect(view.status).toBe("ready");
    expect(view.durationMs).toBeGreaterThan(2500);
    expect(view.clockOffsetMs).toBe(5000);
    expect(await getRecordingStorage().list(prefix)).toEqual([]);

    const [row] = await (await getDb())
      .select()
      .from(recordings)
      .where(eq(recordings.id, recordingId));
    const link = new URL(
      await getRecordingStorage().signedUrl(row?.storageKey ?? "", 60),
      "http://localhost:3000",
    );
    const whole = await callRoute(readFile, { path: `${link.pathname}${link.search}` });
    expect(whole.status).toBe(200);
    const ranged = await callRoute(readFile, {
      path: `${link.pathname}${link.search}`,
      headers: { range: "bytes=0-3" },
    });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get("content-range")).toBe(`bytes 0-3/${row?.byteLength}`);

    // The same signature on another recording's key, or a later expiry, opens nothing.
    const other = new URL(link);
    other.searchParams.set("key", `recordings/${world.interview.id}/other.webm`);
    expect((await callRoute(readFile, { path: `${other.pathname}${other.search}` })).status).toBe(
      403,
    );
    const extended = new URL(link);
    extended.searchParams.set("exp", String(Number(link.searchParams.get("exp")) + 3600));
    const refused = await callRoute(readFile, { path: `${extended.pathname}${extended.search}` });
    expect(refused.status).toBe(403);
    expect(errorCode(refused)).toBe("forbidden");
  });

  it("refuses a chunk over 1 MiB with 413 and an empty one with 400", async () => {
    const world = await setup();
    const recordingId = ((await start(world)).body as { id: string }).id;
    const params = { ...world.params, recordingId, seq: "0" };
    const big = await send({ token: world.inviteToken, params, body: "x".repeat(1024 * 1024 + 1) });
    expect(big.status).toBe(413);
    expect(errorCode(big)).toBe("payload_too_large");
    expect((await send({ token: world.inviteToken, params, body: "" })).status).toBe(400);
  });

  it("lets only the interview's candidate send, and not into another interview's recording", async () => {
    const world = await setup();
    const recordingId = ((await start(world)).body as { id: string }).id;
    const params = { ...world.params, recordingId, seq: "0" };
    const recruiter = await send({ token: world.tenant.token, params, body: chunk(0) });
    expect(recruiter.status).toBe(403);
    const stranger = await setup();
    const foreign = await send({ token: stranger.inviteToken, params, body: chunk(0) });
    expect(foreign.status).toBe(404);
    const crossed = await send({
      token: stranger.inviteToken,
      params: { ...stranger.params, recordingId, seq: "0" },
      body: chunk(0),
    });
    expect(crossed.status).toBe(404);
    expect((await start(world, world.tenant.token)).status).toBe(403);
  });

  it("refuses to record without consent, with recording off, or once the interview is over", async () => {
    const unagreed = await setup({ agree: false });
    expect((await start(unagreed)).status).toBe(409);
    const off = await setup({ recordingMode: "off", agree: false });
    const refusedConsent = await callRoute(consent, {
      method: "POST",
      token: off.inviteToken,
      params: off.params,
    });
    expect(refusedConsent.status).toBe(409);

    const world = await setup();
    const recordingId = ((await start(world)).body as { id: string }).id;
    await callRoute(completeInterview, {
      method: "POST",
      token: world.inviteToken,
      params: world.params,
    });
    const late = await send({
      token: world.inviteToken,
      params: { ...world.params, recordingId, seq: "0" },
      body: chunk(0),
    });
    expect(late.status).toBe(409);
    expect((await start(world)).status).toBe(409);
  });

  it("keeps the part of an answer cut by a reload as its own recording", async () => {
    const world = await setup();
    const first = ((await start(world)).body as { id: string }).id;
    for (const seq of [0, 1]) {
      await send({
        token: world.inviteToken,
        params: { ...world.params, recordingId: first, seq: String(seq) },
        body: chunk(seq),
      });
    }
    const second = await start(world);
    expect(second.status).toBe(201);
    const rows = await (await getDb())
      .select()
      .from(recordings)
      .where(eq(recordings.interviewId, world.interview.id));
    const firstRow = rows.find((row) => row.id === first);
    expect(firstRow?.status).toBe("ready");
    expect(firstRow?.durationMs).toBeGreaterThan(1000);
    expect(rows.find((row) => row.id !== first)?.status).toBe("recording");
  });

  it("completes a recording the page left open when the interview completes", async () => {
    const world = await setup();
    const open = ((await start(world)).body as { id: string }).id;
    for (const seq of [0, 1]) {
      await send({
        token: world.inviteToken,
        params: { ...world.params, recordingId: open, seq: String(seq) },
        body: chunk(seq),
      });
    }
    const completed = await callRoute(completeInterview, {
      method: "POST",
      token: world.inviteToken,
      params: world.params,
    });
    expect(completed.status).toBe(200);
    const [row] = await (await getDb()).select().from(recordings).where(eq(recordings.id, open));
    expect(row?.status).toBe("ready");
    expect(row?.durationMs).toBeGreaterThan(1000);
    const storage = getRecordingStorage();
    expect(
      await storage.list(
        recordingChunksPrefix({ interviewId: world.interview.id, recordingId: open }),
      ),
    ).toEqual([]);
  });
});
