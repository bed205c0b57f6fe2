import { describe, expect, it } from "vitest";
import { describeScorer } from "./describe-scorer";

describe("describeScorer", () => {
  it("names the OpenAI model or says the offline heuristic scored", () => {
    expect(describeScorer({ provider: "openai", model: "gpt-4o-mini" })).toBe(
      "OpenAI model gpt-4o-mini",
    );
    expect(describeScorer({ provider: "offline", model: "offline-heuristic-v1" })).toMatch(
      /^Offline heuristic .*no AI model$/,
    );
  });
});
