import { describe, expect, it } from "vitest";
import { boundFollowUpThread } from "./bound-follow-up-thread";

const segment = (id: string, text: string) => ({ segmentId: id, text });
const textOf = (segments: { text: string }[]) => segments.map((s) => s.text).join("");

describe("boundFollowUpThread", () => {
  it("keeps a thread that fits as it is", () => {
    const thread = { answer: [segment("a", "We fixed it.")], followUps: [] };
    expect(boundFollowUpThread(thread, 100)).toBe(thread);
  });

  it("cuts a huge answer to the bound, keeping its beginning and its end", () => {
    const huge = `START ${"filler ".repeat(40_000)} END`;
    const bounded = boundFollowUpThread({ answer: [segment("a", huge)], followUps: [] }, 1_000);
    const kept = bounded.answer.filter((s) => s.segmentId !== "omitted");
    expect(textOf(kept).length).toBe(1_000);
    expect(textOf(bounded.answer)).toMatch(/^START /);
    expect(textOf(bounded.answer)).toMatch(/ END$/);
    expect(bounded.answer.find((s) => s.segmentId === "omitted")?.text).toMatch(
      /\d+ characters omitted/,
    );
  });

  it("leaves short turns whole and shares the rest among the long ones", () => {
    const short = [segment("f1", "It went fine.")];
    const long = Array.from({ length: 50 }, (_, i) => segment(`s${i}`, "x".repeat(100)));
    const bounded = boundFollowUpThread(
      {
        answer: long,
        followUps: [
          { question: "And then?", answer: short },
          { question: "Numbers?", answer: long },
        ],
      },
      1_013,
    );
    expect(bounded.followUps[0]?.answer).toBe(short);
    const sizes = [bounded.answer, bounded.followUps[1]?.answer ?? []].map(
      (turn) => textOf(turn.filter((s) => s.segmentId !== "omitted")).length,
    );
    expect(sizes).toEqual([500, 500]);
    // Whole segments stay whole: only the innermost one kept on each side is cut.
    expect(bounded.answer.slice(0, 4).map((s) => [s.segmentId, s.text.length])).toEqual([
      ["s0", 100],
      ["s1", 100],
      ["s2", 50],
      ["omitted", expect.any(Number)],
    ]);
  });
});
