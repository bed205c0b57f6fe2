// The graded ladder against a real model, on demand only (it costs money and depends on the
// model): LADDER_MODEL=1 OPENAI_API_KEY=… [OPENAI_BASE_URL=…] [OPENAI_CHAT_MODEL=…]
// npx vitest run --project eval tests/eval/ladder-model.eval.test.ts
// See docs/evaluation.md, "Running the ladder against a real model".
import { beforeAll, describe, expect, it } from "vitest";
import { createAiProvider } from "@/lib/ai/create-ai-provider";
import { getDefaultRubric } from "@/lib/rubrics/default-rubrics";
import { type LadderLanguage, ladder } from "./ladder";
import { findInversions, type LadderScore, spearman } from "./ladder-stats";

const isRequested = process.env.LADDER_MODEL === "1" && Boolean(process.env.OPENAI_API_KEY);

describe.skipIf(!isRequested)("the ladder on a real model", () => {
  const scores = new Map<LadderLanguage, LadderScore[]>();

  beforeAll(async () => {
    const provider = createAiProvider({
      openaiApiKey: process.env.OPENAI_API_KEY,
      openaiBaseUrl: process.env.OPENAI_BASE_URL,
      chatModel: process.env.OPENAI_CHAT_MODEL,
    });
    for (const q of ladder)
      for (const [i, text] of q.levels.entries()) {
        const evaluation = await provider.evaluateAnswer({
          language: q.language,
          question: q.question,
          competency: q.competency,
          rubric: getDefaultRubric({ competency: q.competency, language: q.language }),
          rubricVersion: "ladder-model",
          answer: [{ segmentId: "seg-1", text }],
        });
        const list = scores.get(q.language) ?? [];
        list.push({ question: q.question, level: i + 1, score: evaluation.score, text });
        scores.set(q.language, list);
      }
    for (const [language, list] of scores) {
      const { pairs, inversions } = findInversions(list);
      const rho = spearman(
        list.map((s) => s.level),
        list.map((s) => s.score),
      );
      // biome-ignore lint/suspicious/noConsole: printing the figures is this run's purpose
      console.log(
        `[${language}] model ρ ${rho.toFixed(2)}, inversions ${inversions.length}/${pairs}`,
      );
    }
  }, 1_200_000);

  it.each(["en", "ko"] as const)(
    "ranks the %s ladder at ρ ≥ 0.75 with ≤ 12 %% inversions",
    (language) => {
      const list = scores.get(language) ?? [];
      const { pairs, inversions } = findInversions(list);
      expect(
        spearman(
          list.map((s) => s.level),
          list.map((s) => s.score),
        ),
      ).toBeGreaterThanOrEqual(0.75);
      expect(inversions.length / pairs).toBeLessThanOrEqual(0.12);
    },
  );
});
