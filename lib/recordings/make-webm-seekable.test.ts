import fs from "node:fs";
import path from "node:path";
import { Decoder } from "ts-ebml";
import { describe, expect, it } from "vitest";
import { makeWebmSeekable } from "./make-webm-seekable";

// Four 1 s chunks of Chromium's MediaRecorder (audio/webm;codecs=opus, fake microphone).
const folder = path.join(import.meta.dirname, "../../tests/fixtures/recordings");
const chunks = [0, 1, 2, 3].map((i) => fs.readFileSync(path.join(folder, `chunk-${i}.webm-part`)));

const elementNames = (webm: Buffer) =>
  new Decoder()
    .decode(webm.buffer.slice(webm.byteOffset, webm.byteOffset + webm.byteLength) as ArrayBuffer)
    .map((element) => element.name);

describe("makeWebmSeekable", () => {
  it("adds the duration and a Cues index that the recorder's stream lacks", () => {
    const recorded = Buffer.concat(chunks);
    expect(elementNames(recorded)).not.toContain("Duration");
    expect(elementNames(recorded)).not.toContain("Cues");
    const { body, durationMs } = makeWebmSeekable(recorded);
    expect(durationMs).toBeGreaterThan(2_500);
    expect(durationMs).toBeLessThan(4_000);
    expect(elementNames(body)).toContain("Duration");
    expect(elementNames(body)).toContain("Cues");
    expect(body.length - recorded.length).toBeLessThan(1_000);
    // The audio itself is kept byte for byte after the new header.
    const tail = recorded.subarray(recorded.length - 500);
    expect(body.subarray(body.length - 500).equals(tail)).toBe(true);
  });

  it("measures a partial recording (the first chunks of an answer cut by a reload)", () => {
    const { durationMs } = makeWebmSeekable(Buffer.concat(chunks.slice(0, 2)));
    expect(durationMs).toBeGreaterThan(1_000);
    expect(durationMs).toBeLessThan(2_500);
  });

  it("refuses bytes that are not WebM", () => {
    expect(() => makeWebmSeekable(Buffer.from("not a recording at all"))).toThrow();
  });
});
