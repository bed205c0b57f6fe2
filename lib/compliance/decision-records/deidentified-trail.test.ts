import { describe, expect, it } from "vitest";
import { buildDeidentifiedTrail, keepFactsOnly } from "./deidentified-trail";

describe("keepFactsOnly", () => {
  it("keeps numbers, flags and the product's enum values, and drops every word a person wrote", () => {
    expect(
      keepFactsOnly({
        score: 75,
        source: "human",
        decision: "advance",
        note: "Strong, said Casey",
        quote: "I cut p99",
        shortWord: "ok",
        kinds: ["more_time", "break"],
        mixed: ["more_time", "anything typed"],
        nested: { score: 3 },
        finite: Number.POSITIVE_INFINITY,
        isFlagged: true,
      }),
    ).toEqual({
      score: 75,
      source: "human",
      decision: "advance",
      kinds: ["more_time", "break"],
      isFlagged: true,
    });
  });

  it("gives null for nothing left, a null, a string or an array", () => {
    expect(keepFactsOnly({ note: "Strong." })).toBeNull();
    expect(keepFactsOnly(null)).toBeNull();
    expect(keepFactsOnly("advance")).toBeNull();
    expect(keepFactsOnly([1, 2])).toBeNull();
  });
});

describe("buildDeidentifiedTrail", () => {
  it("puts review rows and job runs in time order, with neither subject, reason nor error", () => {
    const trail = buildDeidentifiedTrail({
      audit: [
        {
          action: "set_decision",
          createdAt: new Date("2026-03-02T10:00:00Z"),
          actorUserId: "user-1",
          before: null,
          after: { decision: "advance", note: "Casey was great" },
        },
      ],
      runs: [
        {
          functionId: "evaluate-interview",
          status: "succeeded",
          attempts: 2,
          startedAt: new Date("2026-03-01T10:00:00Z"),
          finishedAt: new Date("2026-03-01T10:01:00Z"),
        },
      ],
    });
    expect(trail).toEqual([
      {
        kind: "job_run",
        functionId: "evaluate-interview",
        status: "succeeded",
        attempts: 2,
        startedAt: "2026-03-01T10:00:00.000Z",
        finishedAt: "2026-03-01T10:01:00.000Z",
      },
      {
        kind: "review",
        action: "set_decision",
        at: "2026-03-02T10:00:00.000Z",
        actorUserId: "user-1",
        before: null,
        after: { decision: "advance" },
      },
    ]);
  });
});
