import { describe, expect, it } from "vitest";
import { verifyEvidence } from "./verify-evidence";

const segments = [
  { segmentId: "s1", text: "I migrated the queue to Redis streams." },
  { segmentId: "s2", text: "Latency fell\n  from 900 ms to 120 ms." },
];

describe("verifyEvidence", () => {
  it("keeps verbatim quotes and fixes a wrong segmentId to the segment that holds the quote", () => {
    const result = verifyEvidence({
      segments,
      evidence: [
        { quote: "migrated the queue", segmentId: "s2", supports: "action" },
        { quote: "Latency fell from 900 ms", segmentId: null, supports: "result" },
      ],
    });
    expect(result).toEqual({
      droppedCount: 0,
      evidence: [
        { quote: "migrated the queue", segmentId: "s1", supports: "action" },
        { quote: "Latency fell from 900 ms", segmentId: "s2", supports: "result" },
      ],
    });
  });

  it("drops paraphrases, quotes spanning two segments and empty quotes, and counts them", () => {
    const result = verifyEvidence({
      segments,
      evidence: [
        { quote: "moved the queue to Redis", segmentId: "s1", supports: "x" },
        { quote: "Redis streams. Latency fell", segmentId: "s1", supports: "x" },
        { quote: "   ", segmentId: "s1", supports: "x" },
        { quote: "120 ms.", segmentId: "s9", supports: "y" },
      ],
    });
    expect(result.droppedCount).toBe(3);
    expect(result.evidence).toEqual([{ quote: "120 ms.", segmentId: "s2", supports: "y" }]);
  });
});
