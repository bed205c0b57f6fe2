import { describe, expect, it } from "vitest";
import { findRecordingPart, type RecordingPart } from "./find-recording-part";

const part = (clockOffsetMs: number, durationMs: number | null): RecordingPart => ({
  id: String(clockOffsetMs),
  url: "",
  clockOffsetMs,
  durationMs,
});
// An answer cut by a reload: 0–3 s recorded, then from 5.4 s on.
const parts = [part(11, 3000), part(5382, 4000)];

describe("findRecordingPart", () => {
  it("picks the part that holds the moment", () => {
    expect(findRecordingPart(parts, 1500)).toBe(0);
    expect(findRecordingPart(parts, 7000)).toBe(1);
  });

  it("picks the nearest part for a moment just before a recorder started", () => {
    expect(findRecordingPart(parts, 5364)).toBe(1);
    expect(findRecordingPart(parts, 0)).toBe(0);
    expect(findRecordingPart(parts, 3500)).toBe(0);
  });

  it("treats a part of unknown length as running on", () => {
    expect(findRecordingPart([part(0, null), part(60_000, 1000)], 30_000)).toBe(0);
  });
});
