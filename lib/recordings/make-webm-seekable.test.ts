import fs from "node:fs";
import path from "node:path";
import { Decoder } from "ts-ebml";
import { describe, expect, it } from "vitest";
import { cutAfterFirstBlock } from "@/tests/support/webm-first-block";
import { planSeekableWebm, withSeekableHead } from "./make-webm-seekable";

// Four 1 s chunks of Chromium's MediaRecorder (audio/webm;codecs=opus, fake microphone).
const folder = path.join(import.meta.dirname, "../../tests/fixtures/recordings");
const chunks = [0, 1, 2, 3].map((i) => fs.readFileSync(path.join(folder, `chunk-${i}.webm-part`)));

const elementNames = (webm: Buffer) =>
  new Decoder()
    .decode(webm.buffer.slice(webm.byteOffset, webm.byteOffset + webm.byteLength) as ArrayBuffer)
    .map((element) => element.name);

async function* piecesOf(buffers: Buffer[]) {
  yield* buffers;
}

/** The bytes cut at every `size` bytes, as a recorder's timeslices cut them anywhere. */
function cut(bytes: Buffer, size: number): Buffer[] {
  const pieces: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += size) {
    pieces.push(bytes.subarray(start, start + size));
  }
  return pieces;
}

async function rewrite(pieces: Buffer[], options: { fallbackDurationMs?: number } = {}) {
  const result = await planSeekableWebm(piecesOf(pieces), options);
  const { byteLength } = result;
  if (result.plan.kind !== "seekable")
    return { plan: null, kind: result.plan.kind, byteLength, body: null };
  const { plan } = result;
  const out: Uint8Array[] = [];
  for await (const piece of withSeekableHead(plan, piecesOf(pieces))) out.push(piece);
  return { plan, byteLength, body: Buffer.concat(out) };
}

describe("planSeekableWebm and withSeekableHead", () => {
  it("adds the duration and a Cues index that the recorder's stream lacks", async () => {
    const recorded = Buffer.concat(chunks);
    expect(elementNames(recorded)).not.toContain("Duration");
    expect(elementNames(recorded)).not.toContain("Cues");
    const { plan, body, byteLength } = await rewrite(chunks);
    expect(byteLength).toBe(recorded.length);
    expect(plan?.durationMs).toBeGreaterThan(2_500);
    expect(plan?.durationMs).toBeLessThan(4_000);
    expect(elementNames(body ?? Buffer.alloc(0))).toContain("Duration");
    expect(elementNames(body ?? Buffer.alloc(0))).toContain("Cues");
    expect((body?.length ?? 0) - recorded.length).toBeLessThan(1_000);
    // The audio itself is kept byte for byte after the new head.
    const tail = recorded.subarray(recorded.length - 500);
    expect(body?.subarray(body.length - 500).equals(tail)).toBe(true);
  });

  it("gives the same file whatever the pieces the stream arrives in", async () => {
    const whole = await rewrite(chunks);
    const small = await rewrite(cut(Buffer.concat(chunks), 97));
    expect(small.plan?.durationMs).toBe(whole.plan?.durationMs);
    expect(small.body?.equals(whole.body ?? Buffer.alloc(0))).toBe(true);
  });

  it("measures a partial recording (the first chunks of an answer cut by a reload)", async () => {
    const { plan } = await rewrite(chunks.slice(0, 2));
    expect(plan?.durationMs).toBeGreaterThan(1_000);
    expect(plan?.durationMs).toBeLessThan(2_500);
  });

  it("keeps the index of a file of many clusters to 128 entries, the first at the first cluster", async () => {
    // The fixture's one cluster starts at byte 146, after the head; 600 copies are 600 clusters.
    const original = Buffer.concat(chunks);
    const clusters = Array(600).fill(original.subarray(146));
    const { body } = await rewrite([original.subarray(0, 146), ...clusters]);
    const elements = new Decoder().decode(
      body?.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
    );
    const cuePoints = elements.filter((e) => e.name === "CuePoint" && "isEnd" in e && !e.isEnd);
    expect(cuePoints.length).toBeLessThanOrEqual(128);
    expect(cuePoints.length).toBeGreaterThanOrEqual(64);
    const segment = elements.find((e) => e.name === "Segment");
    const firstCluster = elements.find((e) => e.name === "Cluster");
    const firstPosition = elements.find((e) => e.name === "CueClusterPosition");
    expect(firstPosition && "value" in firstPosition && firstPosition.value).toBe(
      (firstCluster?.tagStart ?? 0) - (segment?.dataStart ?? 0),
    );
  });

  it("gives one block (a question left at once) a finite duration: the client's, else one frame", async () => {
    // The head, the cluster's start and its first block, as the recorder's first chunk holds them.
    const original = Buffer.concat(chunks);
    const oneBlock = cutAfterFirstBlock(original);
    expect((await rewrite([oneBlock])).plan?.durationMs).toBe(20);
    const measured = await rewrite([oneBlock], { fallbackDurationMs: 150 });
    expect(measured.plan?.durationMs).toBe(150);
    expect(elementNames(measured.body ?? Buffer.alloc(0))).toContain("Duration");
  });

  it("tells a head with no audio from bytes it cannot read", async () => {
    expect((await rewrite([Buffer.concat(chunks).subarray(0, 146)])).kind).toBe("silent");
    expect((await rewrite([Buffer.from("not a recording at all")])).kind).toBe("unreadable");
    const noise = Buffer.alloc(300 * 1024, 0x42);
    expect(await planSeekableWebm(piecesOf(cut(noise, 64 * 1024)))).toEqual({
      plan: { kind: "unreadable" },
      byteLength: noise.length,
    });
  });
});
