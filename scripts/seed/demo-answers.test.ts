import { describe, expect, it } from "vitest";
import {
  demoEvaluatedCandidates,
  demoQuestionContents,
  demoTypedAnswers,
} from "@/db/seed-data/demo-answers";
import { seedQuestions } from "@/db/seed-data/question-bank";
import { embedTextHashed } from "@/lib/ai/hashed-embedding";
import { scoreAnswerOffline } from "@/lib/ai/offline-scorer";
import { type DemoFollowUp, demoFollowUps } from "./demo-follow-ups";

const expectedCompetencies = [
  "system-design",
  "technical-depth",
  "problem-solving",
  "ownership",
  "communication",
];

function findBankQuestion(content: string) {
  const question = seedQuestions.find((candidate) => candidate.content === content);
  if (!question) throw new Error(`Not in the question bank: ${content}`);
  return question;
}

function evaluateDemoAnswer(options: {
  questionIndex: number;
  segments: readonly string[];
  followUps?: readonly DemoFollowUp[];
  otherAnswers?: { question: string; text: string }[];
}) {
  const question = findBankQuestion(demoQuestionContents[options.questionIndex] ?? "");
  return scoreAnswerOffline({
    language: "en",
    question: question.content,
    competency: question.competency,
    rubric: { competency: question.competency, criteria: [] },
    rubricVersion: "x",
    answer: options.segments.map((text, i) => ({ segmentId: `seg-${i + 1}`, text })),
    followUps: (options.followUps ?? []).map((followUp, n) => ({
      question: followUp.question,
      answer: followUp.answer.map((text, i) => ({ segmentId: `f${n + 1}-${i + 1}`, text })),
    })),
    otherAnswers: options.otherAnswers,
  });
}

function findCandidate(name: string) {
  const candidate = demoEvaluatedCandidates.find((entry) => entry.name === name);
  if (!candidate) throw new Error(`No demo candidate named ${name}`);
  return candidate;
}

/**
 * Each answer scored as the pipeline scores it: with its follow-up thread (when the seed asks
 * one), and the interview's other threads beside it.
 */
function evaluateCandidate(
  name: string,
  options: { withFollowUps: boolean } = { withFollowUps: true },
) {
  const candidate = findCandidate(name);
  const followUps = options.withFollowUps ? (demoFollowUps[candidate.email] ?? []) : [];
  const threadOf = (questionIndex: number) =>
    followUps.filter((followUp) => followUp.questionIndex === questionIndex);
  const texts = candidate.answers.map((segments, i) => ({
    question: [demoQuestionContents[i] ?? "", ...threadOf(i).map((f) => f.question)].join("\n"),
    text: [...segments, ...threadOf(i).flatMap((f) => f.answer)].join(" "),
  }));
  return candidate.answers.map((segments, questionIndex) =>
    evaluateDemoAnswer({
      questionIndex,
      segments,
      followUps: threadOf(questionIndex),
      otherAnswers: texts.filter((other, i) => i !== questionIndex && other.text !== ""),
    }),
  );
}

function scoreCandidate(name: string, options?: { withFollowUps: boolean }): number[] {
  return evaluateCandidate(name, options).map((evaluation) => evaluation.score);
}

const mean = (values: number[]) =>
  values.reduce((total, value) => total + value, 0) / values.length;

function cosine(a: number[], b: number[]): number {
  return a.reduce((total, value, i) => total + value * (b[i] ?? 0), 0);
}

describe("demo questions", () => {
  it("are five English bank questions covering the expected competencies in order", () => {
    const questions = demoQuestionContents.map(findBankQuestion);
    expect(questions.map((question) => question.competency)).toEqual(expectedCompetencies);
    expect(questions.every((question) => question.language === "en")).toBe(true);
  });
});

describe("demo evaluated candidates", () => {
  it("answer every question with 3–8 transcript segments, or skip it with none", () => {
    for (const candidate of demoEvaluatedCandidates) {
      expect(candidate.email).toMatch(/@example\.com$/);
      expect(candidate.answers).toHaveLength(demoQuestionContents.length);
      for (const segments of candidate.answers) {
        if (segments.length > 0) expect(segments.length).toBeGreaterThanOrEqual(3);
        expect(segments.length).toBeLessThanOrEqual(8);
      }
    }
  });

  it("scores Avery Chen as excellent: three or more answers at 85+, none below 75", () => {
    const scores = scoreCandidate("Avery Chen");
    expect(scores.filter((score) => score >= 85).length).toBeGreaterThanOrEqual(3);
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(75);
  });

  it("scores Sam Okafor as good: a mean of 70–84 with at most one answer at 85+", () => {
    const scores = scoreCandidate("Sam Okafor");
    expect(mean(scores)).toBeGreaterThanOrEqual(70);
    expect(mean(scores)).toBeLessThanOrEqual(84);
    expect(scores.filter((score) => score >= 85).length).toBeLessThanOrEqual(1);
  });

  it("scores Priya Nair as mixed: a mean of 45–69, with a thin answer (40 or below) that its follow-up lifts", () => {
    const scores = scoreCandidate("Priya Nair");
    expect(mean(scores)).toBeGreaterThanOrEqual(45);
    expect(mean(scores)).toBeLessThanOrEqual(69);
    const [followUp] = demoFollowUps[findCandidate("Priya Nair").email] ?? [];
    if (!followUp) throw new Error("The seed asks Priya Nair no follow-up.");
    const alone = scoreCandidate("Priya Nair", { withFollowUps: false })[followUp.questionIndex];
    expect(alone).toBeLessThanOrEqual(40);
    expect(scores[followUp.questionIndex]).toBeGreaterThanOrEqual((alone ?? 0) + 15);
  });

  it("scores Morgan Blake as weak: a mean of 30 or below", () => {
    expect(mean(scoreCandidate("Morgan Blake"))).toBeLessThanOrEqual(30);
  });

  it("keeps the candidates in order with at least 8 points between consecutive means", () => {
    const means = ["Avery Chen", "Sam Okafor", "Priya Nair", "Morgan Blake"].map((name) =>
      mean(scoreCandidate(name)),
    );
    for (let i = 1; i < means.length; i++)
      expect((means[i - 1] ?? 0) - (means[i] ?? 0)).toBeGreaterThanOrEqual(8);
  });

  it("are not taken for one text reused across questions, nor sent to review", () => {
    for (const candidate of demoEvaluatedCandidates) {
      for (const evaluation of evaluateCandidate(candidate.name)) {
        expect(evaluation.improvements.join(" ")).not.toMatch(/repeats the answer/);
        expect(evaluation.reviewReasons).toEqual([]);
      }
    }
  });
});

describe("demo typed answers", () => {
  it("score 85 or more on every question (the answer bank's excellent threshold)", () => {
    expect(demoTypedAnswers).toHaveLength(demoQuestionContents.length);
    demoTypedAnswers.forEach((answer, questionIndex) => {
      const others = demoTypedAnswers
        .map((text, i) => ({ question: demoQuestionContents[i] ?? "", text }))
        .filter((_, i) => i !== questionIndex);
      const evaluation = evaluateDemoAnswer({
        questionIndex,
        segments: [answer],
        otherAnswers: others,
      });
      expect(evaluation.score).toBeGreaterThanOrEqual(85);
    });
  });
});

describe("demo answers to the same question", () => {
  // The answer bank drops a new answer above 0.95 cosine; 0.8 leaves room for small edits.
  it("stay below 0.8 cosine similarity to each other so none is banked as a duplicate", () => {
    demoQuestionContents.forEach((_, questionIndex) => {
      const texts = [
        ...demoEvaluatedCandidates.map((candidate) =>
          (candidate.answers[questionIndex] ?? []).join(" "),
        ),
        demoTypedAnswers[questionIndex] ?? "",
      ].filter((text) => text.length > 0);
      const vectors = texts.map(embedTextHashed);
      vectors.forEach((a, i) => {
        for (const b of vectors.slice(i + 1)) expect(cosine(a, b)).toBeLessThan(0.8);
      });
    });
  });
});
