import { describe, expect, it } from "vitest";
import { describeScoredBy, orderCandidates, type ScoredBy } from "./order-candidates";

const row = (name: string, scoredBy: ScoredBy, overallScore: number, completedDay: number) => ({
  name,
  scoredBy,
  overallScore,
  completedAt: new Date(Date.UTC(2026, 11, completedDay)),
});

const rows = [
  row("offline-high-old", "offline", 95, 1),
  row("model-low", "model", 50, 2),
  row("offline-low-new", "offline", 20, 5),
  row("human", "human", 80, 3),
  row("model-high", "model", 88, 4),
];
const names = (list: { name: string }[]) => list.map((r) => r.name);

describe("orderCandidates", () => {
  it("ranks only model or human scores; offline-scored candidates follow by completion, newest first", () => {
    expect(names(orderCandidates(rows, "trusted"))).toEqual([
      "model-high",
      "human",
      "model-low",
      "offline-low-new",
      "offline-high-old",
    ]);
  });

  it("sorts everyone by score, the human value where there is one, when asked", () => {
    const withHuman = [...rows, { ...row("overridden", "offline", 10, 6), humanOverallScore: 90 }];
    expect(names(orderCandidates(withHuman, "score"))).toEqual([
      "offline-high-old",
      "overridden",
      "model-high",
      "human",
      "model-low",
      "offline-low-new",
    ]);
  });

  it("sorts everyone by completion time, newest first, when asked", () => {
    expect(names(orderCandidates(rows, "completed"))).toEqual([
      "offline-low-new",
      "model-high",
      "human",
      "model-low",
      "offline-high-old",
    ]);
  });
});

describe("describeScoredBy", () => {
  it("trusts a model's score, an offline one only when a person set every competency", () => {
    expect(describeScoredBy({ provider: "openai", competencyScores: [] })).toBe("model");
    expect(
      describeScoredBy({ provider: "offline", competencyScores: [{ humanScore: 70 }, {}] }),
    ).toBe("offline");
    expect(
      describeScoredBy({
        provider: "offline",
        competencyScores: [{ humanScore: 70 }, { humanScore: 60 }],
      }),
    ).toBe("human");
  });
});
