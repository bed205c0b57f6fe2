// The graded validity suite: answers written at six levels as an interviewer grades them, scored
// through the offline provider exactly as the app scores them. It prints how well the score
// follows the level and enforces issue 20's margins.
import { beforeAll, describe, expect, it } from "vitest";
import { createOfflineProvider } from "@/lib/ai/offline-provider";
import type { AnswerEvaluation } from "@/lib/ai/types";
import { getDefaultRubric } from "@/lib/rubrics/default-rubrics";
import { type LadderLanguage, type LadderQuestion, ladder } from "./ladder";
import { findInversions, type LadderScore, percentile, spearman } from "./ladder-stats";

const provider = createOfflineProvider();
const languages: LadderLanguage[] = ["en", "ko"];
const other = (language: LadderLanguage): LadderLanguage => (language === "en" ? "ko" : "en");
const passLine = 55;

const durations: number[] = [];
async function evaluate(options: {
  language: LadderLanguage;
  competency: string;
  question: string;
  text: string;
}): Promise<AnswerEvaluation> {
  const started = performance.now();
  const result = await provider.evaluateAnswer({
    language: options.language,
    question: options.question,
    competency: options.competency,
    rubric: getDefaultRubric({ competency: options.competency, language: options.language }),
    rubricVersion: "ladder",
    answer: [{ segmentId: "seg-1", text: options.text }],
  });
  durations.push(performance.now() - started);
  return result;
}

type Scored = {
  q: LadderQuestion;
  levels: LadderScore[];
  generic: number;
  spoken: number;
  /** Level 4–6 told in the other language, scored on a position in that language. */
  translated: number[];
};
const scored = new Map<LadderLanguage, Scored[]>();

const short = (q: LadderQuestion) => `${q.language}:${q.question.slice(0, 38)}…`;

function printReport() {
  const lines: string[] = ["\nLadder (offline scorer, level vs score)"];
  for (const language of languages) {
    const rows = scored.get(language) ?? [];
    const all = rows.flatMap((row) => row.levels);
    const rho = spearman(
      all.map((s) => s.level),
      all.map((s) => s.score),
    );
    const { pairs, inversions } = findInversions(all);
    const means = [1, 2, 3, 4, 5, 6].map((level) => {
      const at = all.filter((s) => s.level === level).map((s) => s.score);
      return `L${level} ${(at.reduce((a, b) => a + b, 0) / at.length).toFixed(0)}`;
    });
    lines.push(
      `[${language}] ρ ${rho.toFixed(2)}  inversions ${inversions.length}/${pairs} (${((100 * inversions.length) / pairs).toFixed(0)} %)  mean ${means.join(" · ")}`,
    );
    for (const row of rows)
      lines.push(
        `  ${short(row.q).padEnd(44)} L1–6 ${row.levels.map((s) => String(s.score).padStart(3)).join(" ")}  generic ${String(row.generic).padStart(3)}  spoken ${String(row.spoken).padStart(3)}  translated L4–6 ${row.translated.map((s) => String(s).padStart(3)).join(" ")}`,
      );
    lines.push("  worst inversions:");
    for (const inversion of inversions.slice(0, 5))
      lines.push(
        `    ${language}:${inversion.question.slice(0, 38)}… L${inversion.lower.level} ${inversion.lower.score} > L${inversion.higher.level} ${inversion.higher.score}`,
      );
  }
  lines.push(
    `scorer time per answer over ${durations.length} answers: p50 ${percentile(durations, 0.5).toFixed(2)} ms, p95 ${percentile(durations, 0.95).toFixed(2)} ms (budget 20 ms)`,
  );
  // biome-ignore lint/suspicious/noConsole: printing the ladder table is this suite's output
  console.log(lines.join("\n"));
}

beforeAll(async () => {
  for (const q of ladder) {
    const base = { language: q.language, competency: q.competency, question: q.question };
    const levels: LadderScore[] = [];
    for (const [i, text] of q.levels.entries())
      levels.push({
        question: q.question,
        level: i + 1,
        score: (await evaluate({ ...base, text })).score,
        text,
      });
    const translated: number[] = [];
    for (const text of q.translated.levels)
      translated.push(
        (
          await evaluate({
            language: other(q.language),
            competency: q.competency,
            question: q.translated.question,
            text,
          })
        ).score,
      );
    const row: Scored = {
      q,
      levels,
      generic: (await evaluate({ ...base, text: q.generic })).score,
      spoken: (await evaluate({ ...base, text: q.spoken })).score,
      translated,
    };
    scored.set(q.language, [...(scored.get(q.language) ?? []), row]);
  }
  printReport();
});

const rowsOf = (language: LadderLanguage) => scored.get(language) ?? [];
const levelScores = (language: LadderLanguage) => rowsOf(language).flatMap((row) => row.levels);

describe.each(languages)("the ladder in %s", (language) => {
  it("has at least 8 bank questions across competencies", () => {
    const questions = ladder.filter((q) => q.language === language);
    expect(questions.length).toBeGreaterThanOrEqual(8);
    expect(new Set(questions.map((q) => q.competency)).size).toBeGreaterThanOrEqual(4);
  });

  it("ranks answers by level: Spearman ρ ≥ 0.75", () => {
    const all = levelScores(language);
    expect(
      spearman(
        all.map((s) => s.level),
        all.map((s) => s.score),
      ),
    ).toBeGreaterThanOrEqual(0.75);
  });

  it("inverts at most 12 % of same-question pairs", () => {
    const { pairs, inversions } = findInversions(levelScores(language));
    expect(inversions.length / pairs).toBeLessThanOrEqual(0.12);
  });

  it("scores no answer below level 4 at 55 or more", () => {
    const high = levelScores(language).filter((s) => s.level < 4 && s.score >= passLine);
    expect(high.map((s) => `L${s.level} ${s.score}: ${s.text.slice(0, 60)}`)).toEqual([]);
  });

  it("scores every level 5–6 answer at 55 or more", () => {
    const low = levelScores(language).filter((s) => s.level >= 5 && s.score < passLine);
    expect(low.map((s) => `L${s.level} ${s.score}: ${s.text.slice(0, 60)}`)).toEqual([]);
  });

  it("scores the polished generic answer no higher than the level-3 answer", () => {
    const above = rowsOf(language)
      .filter((row) => row.generic > (row.levels[2]?.score ?? 0))
      .map((row) => `${short(row.q)} generic ${row.generic} > L3 ${row.levels[2]?.score}`);
    expect(above).toEqual([]);
  });

  it("scores a spoken level-5 answer within 10 points of its written twin", () => {
    const apart = rowsOf(language)
      .filter((row) => Math.abs(row.spoken - (row.levels[4]?.score ?? 0)) > 10)
      .map((row) => `${short(row.q)} spoken ${row.spoken} vs written ${row.levels[4]?.score}`);
    expect(apart).toEqual([]);
  });

  it("scores a level 4–6 answer translated into the other language within 10 points", () => {
    const apart = rowsOf(language).flatMap((row) =>
      row.translated
        .map((score, i) => ({ score, original: row.levels[3 + i]?.score ?? 0, level: 4 + i }))
        .filter(({ score, original }) => Math.abs(score - original) > 10)
        .map(
          ({ score, original, level }) =>
            `${short(row.q)} L${level} ${original} → ${other(language)} ${score}`,
        ),
    );
    expect(apart).toEqual([]);
  });
});
