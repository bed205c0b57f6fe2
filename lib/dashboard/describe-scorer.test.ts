import { describe, expect, it } from "vitest";
import { offlineScorerVersion } from "@/lib/ai/offline-scorer-version";
import { describeScorer } from "./describe-scorer";

describe("describeScorer", () => {
  it("names the OpenAI model or says the offline heuristic scored", () => {
    expect(describeScorer({ provider: "openai", model: "gpt-4o-mini" })).toBe(
      "OpenAI model gpt-4o-mini",
    );
    expect(describeScorer({ provider: "offline", model: offlineScorerVersion })).toBe(
      `Offline heuristic (${offlineScorerVersion}), no AI model`,
    );
  });

  it("says when a stored offline score was made by an earlier heuristic than today's", () => {
    expect(describeScorer({ provider: "offline", model: "offline-heuristic-2" })).toBe(
      `Offline heuristic (offline-heuristic-2; an earlier version than today's ${offlineScorerVersion}), no AI model`,
    );
  });
});
