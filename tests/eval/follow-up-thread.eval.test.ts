import { describe, expect, it } from "vitest";
import { scoreAnswerOffline } from "@/lib/ai/offline-scorer";
import type { AnswerEvaluation } from "@/lib/ai/types";
import { createEvalTable } from "./eval-table";
import {
  type Case,
  cases,
  filler,
  generic,
  type Language,
  placeholderRubric,
} from "./offline-cases";

// The offline scorer on follow-up threads: a follow-up that draws out what a thin answer lacked
// raises the thread's score, while a follow-up cannot carry a generic template into the hire band.

const hireBand = 70;
const table = createEvalTable("Offline scorer: follow-up threads (hire band = 70+)");

type Turn = { question: string; answer: string };

const followUpQuestion: Record<Language, string> = {
  en: "What did you do yourself in a case like this, and what was the result? A number helps.",
  ko: "직접 어떤 행동을 하셨고, 결과는 어땠나요? 숫자로 말씀해 주세요.",
};

function scoreThread(options: {
  c: Case;
  answer: string;
  followUps: Turn[];
  otherAnswers?: { question: string; text: string }[];
}): AnswerEvaluation {
  const { c } = options;
  return scoreAnswerOffline({
    language: c.language,
    question: c.question,
    competency: c.competency,
    rubric: placeholderRubric(c.competency),
    rubricVersion: "eval",
    answer: [{ segmentId: "seg-1", text: options.answer }],
    followUps: options.followUps.map((turn, i) => ({
      question: turn.question,
      answer: [{ segmentId: `follow-up-${i + 1}`, text: turn.answer }],
    })),
    otherAnswers: options.otherAnswers,
  });
}

function record(options: { name: string; c: Case; result: number; pass: boolean }) {
  table.record({
    case: options.name,
    language: options.c.language,
    score: options.result,
    band: options.result >= hireBand ? "hire band" : "below",
    verdict: options.pass ? "pass" : "FAIL",
  });
}

// A thin answer (an intention, no action or outcome) and the follow-up answer that supplies them.
const thinThreads: { c: Case; thin: string; followUpAnswer: string }[] = [
  {
    c: cases[1] as Case,
    thin: "I would look at the logs of the job to see which part is slow, and then I would fix the slowest step.",
    followUpAnswer:
      "At a retailer I owned our nightly reconciliation job when it went from 55 minutes to over five hours. I ran EXPLAIN on the slowest stage and saw that one join had switched to a nested loop after the table statistics went stale. I ran ANALYZE, raised the statistics target and moved the bulk import after the batch. As a result, the run went back to 50 minutes.",
  },
  {
    c: cases[4] as Case,
    thin: "데이터를 먼저 보고 어디서 떨어졌는지 확인하겠습니다. 원인을 찾으면 개선 방안을 마련하겠습니다.",
    followUpAnswer:
      "이전 회사에서 주간 구매 전환율이 15% 떨어졌을 때 제가 플랫폼별로 나눠 보니 안드로이드 신규 사용자에서만 40% 가까이 빠져 있었습니다. 새 버전에서 결제 화면에 주소 입력 단계가 추가된 것을 찾았고, 개발팀과 함께 주소 자동완성을 붙여 핫픽스를 배포했습니다. 결과적으로 2주 만에 전환율이 원래 수준으로 돌아왔습니다.",
  },
];

describe.each(thinThreads.map((thread) => ({ ...thread, label: thread.c.language })))(
  "a thin $label answer with a follow-up",
  ({ c, thin, followUpAnswer }) => {
    const short = `${c.language}:${c.competency}`;
    const alone = scoreThread({ c, answer: thin, followUps: [] }).score;
    const question = followUpQuestion[c.language];

    it("scores higher when the follow-up's answer supplies the action and the outcome", () => {
      const thread = scoreThread({
        c,
        answer: thin,
        followUps: [{ question, answer: followUpAnswer }],
      });
      record({ name: `${short} thin answer alone`, c, result: alone, pass: true });
      record({
        name: `${short} thin + follow-up with outcome`,
        c,
        result: thread.score,
        pass: thread.score >= alone + 15,
      });
      expect(thread.score).toBeGreaterThanOrEqual(alone + 15);
      // What lifted it is quoted from the follow-up's answer, under its own segment id.
      expect(thread.evidence.some((item) => item.segmentId === "follow-up-1")).toBe(true);
    });

    it("gives nothing for answering the follow-up with its own question", () => {
      const result = scoreThread({ c, answer: thin, followUps: [{ question, answer: question }] });
      const pass = result.score <= alone + 5;
      record({
        name: `${short} thin + follow-up question restated`,
        c,
        result: result.score,
        pass,
      });
      expect(result.score).toBeLessThanOrEqual(alone + 5);
    });
  },
);

describe.each(cases.map((c, i) => ({ c, i, label: `${c.language} ${c.competency}` })))(
  "follow-ups on a $label question",
  ({ c, i }) => {
    const short = `${c.language}:${c.competency}`;
    const genuine = scoreThread({ c, answer: c.answer, followUps: [] }).score;
    const question = followUpQuestion[c.language];
    const template = generic[c.language];
    const siblings = cases.filter((other, j) => other.language === c.language && j !== i);

    it("scores a genuine answer split across the main answer and a follow-up like the whole", () => {
      const sentences = c.answer.split(/(?<=[.다])\s+/);
      const half = Math.ceil(sentences.length / 2);
      const result = scoreThread({
        c,
        answer: sentences.slice(0, half).join(" "),
        followUps: [{ question, answer: sentences.slice(half).join(" ") }],
      }).score;
      const pass = Math.abs(result - genuine) <= 3;
      record({ name: `${short} genuine split over a follow-up`, c, result, pass });
      expect(Math.abs(result - genuine)).toBeLessThanOrEqual(3);
    });

    const gaming: [string, () => number][] = [
      [
        "template + template again",
        () =>
          scoreThread({ c, answer: template, followUps: [{ question, answer: template }] }).score,
      ],
      [
        "template + follow-up restated + template",
        () =>
          scoreThread({
            c,
            answer: `${c.question} ${template}`,
            followUps: [{ question, answer: `${question} ${template}` }],
          }).score,
      ],
      [
        "template + filler follow-ups",
        () =>
          scoreThread({
            c,
            answer: template,
            followUps: [0, 1, 2].map((turn) => ({
              question,
              answer: filler[c.language].slice(turn * 2, turn * 2 + 3).join(" "),
            })),
          }).score,
      ],
      [
        "template reused on every thread",
        () =>
          scoreThread({
            c,
            answer: template,
            followUps: [{ question, answer: template }],
            otherAnswers: siblings.map((other) => ({
              question: `${other.question}\n${question}`,
              text: `${template}\n${template}`,
            })),
          }).score,
      ],
    ];
    it.each(gaming)("cannot lift a generic template: %s", (name, run) => {
      const result = run();
      const pass = result <= genuine - 20 && result < hireBand;
      record({ name: `${short} ${name}`, c, result, pass });
      expect(result).toBeLessThanOrEqual(genuine - 20);
      expect(result).toBeLessThan(hireBand);
    });
  },
);
