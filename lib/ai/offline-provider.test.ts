import { describe, expect, it } from "vitest";
import { createOfflineProvider } from "./offline-provider";
import { offlineScorerVersion } from "./offline-scorer";

describe("offline provider", () => {
  const provider = createOfflineProvider();

  it("says it is offline in its name, model names and evaluation texts", async () => {
    expect(provider.name).toBe("offline");
    expect(provider.models.chat).toMatch(/offline/);
    expect(provider.scorerVersion).toBe(offlineScorerVersion);
    const evaluation = await provider.evaluateAnswer({
      language: "en",
      question: "Why Postgres?",
      competency: "system design",
      rubric: {
        competency: "system design",
        criteria: ["a", "b", "c"].map((key) => ({
          key: `criterion_${key}`,
          name: key,
          description: "Ignored offline.",
          anchors: { "1": "weak", "3": "fair", "5": "strong" },
        })),
      },
      rubricVersion: "v1",
      answer: [{ segmentId: "s1", text: "Because it has transactions and pgvector." }],
    });
    expect(evaluation.feedback).toMatch(/offline heuristic/i);
    expect(evaluation.attempts).toBe(0);
  });

  it("embeds each text in order and generates no questions (the bank supplies them offline)", async () => {
    const [a, b] = await provider.embed(["alpha beta", "gamma delta"]);
    expect(a).toHaveLength(1536);
    expect(a).not.toEqual(b);
    expect(
      await provider.generateQuestions({
        language: "en",
        company: { name: "Acme" },
        position: { title: "Engineer", competencies: ["design"] },
        count: 3,
      }),
    ).toEqual([]);
  });
});
