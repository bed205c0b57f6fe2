// The graded ladder through the model path's evaluation prompt, on the OpenAI-compatible fake:
// what can be checked without a model. Every ladder text reaches the model verbatim (the spoken
// ones unpunctuated), with the rubric's anchors, the generic-answer warning and the speech note.
// How to run the same ladder against a real model is in docs/evaluation.md.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAiProvider } from "@/lib/ai/create-ai-provider";
import type { AiProvider } from "@/lib/ai/types";
import { getDefaultRubric } from "@/lib/rubrics/default-rubrics";
import {
  criteriaReply,
  type EvaluationRequest,
  readEvaluationRequest,
} from "@/tests/support/fake-model-replies";
import { type OpenAiFakeServer, startOpenAiFakeServer } from "@/tests/support/openai-fake-server";
import { type LadderLanguage, ladder } from "./ladder";

const notes: Record<LadderLanguage, { generic: string; speech: string }> = {
  en: {
    generic: "Claims without a specific situation, action and result score at most 2",
    speech: "fillers and missing punctuation are transcription artefacts, not evidence",
  },
  ko: {
    generic: "구체적인 상황, 행동, 결과가 없는 주장은 아무리 매끄러워도 최대 2점",
    speech: '군말("음", "그", "이제")과 문장부호 누락은 전사 과정의 흔적이지 근거가 아니며',
  },
};

describe.each(["en", "ko"] as const)("the ladder through the model prompt (%s)", (language) => {
  let fake: OpenAiFakeServer;
  let provider: AiProvider;
  const requests: { text: string; competency: string; request: EvaluationRequest }[] = [];

  beforeAll(async () => {
    fake = await startOpenAiFakeServer();
    provider = createAiProvider({ openaiApiKey: fake.apiKey, openaiBaseUrl: fake.url });
    for (const q of ladder.filter((item) => item.language === language)) {
      for (const text of [...q.levels.slice(1), q.generic, q.spoken]) {
        fake.setChatHandler(({ body }) => {
          const request = readEvaluationRequest(body);
          requests.push({ text, competency: q.competency, request });
          return criteriaReply({ request, points: 3, quotes: [text.slice(0, 40)] });
        });
        await provider.evaluateAnswer({
          language,
          question: q.question,
          competency: q.competency,
          rubric: getDefaultRubric({ competency: q.competency, language }),
          rubricVersion: "ladder",
          answer: [{ segmentId: "seg-1", text }],
        });
      }
    }
  });
  afterAll(() => fake.close());

  it("sends every ladder answer, spoken ones included, verbatim in the data block", () => {
    expect(requests).toHaveLength(8 * 7);
    for (const { text, request } of requests)
      expect(request.segments).toEqual([{ id: "seg-1", text }]);
  });

  it("carries the rubric's anchors for 1, 3 and 5 of every criterion", () => {
    for (const { competency, request } of requests)
      for (const criterion of getDefaultRubric({ competency, language }).criteria) {
        expect(request.keys).toContain(criterion.key);
        for (const point of ["1", "3", "5"] as const)
          expect(request.user).toContain(`  ${point}: ${criterion.anchors[point]}`);
      }
  });

  it("warns that claims without situation, action and result score at most 2", () => {
    for (const { request } of requests) expect(request.system).toContain(notes[language].generic);
  });

  it("says fillers and missing punctuation are transcription artefacts, not evidence", () => {
    for (const { request } of requests) expect(request.system).toContain(notes[language].speech);
  });
});
