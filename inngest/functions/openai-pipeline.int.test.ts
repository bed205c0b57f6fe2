import { InngestTestEngine } from "@inngest/test";
import { eq, isNull } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { POST as completeInterview } from "@/app/api/interviews/[id]/complete/route";
import { GET as getReport } from "@/app/api/interviews/[id]/report/route";
import { GET as getInterview } from "@/app/api/interviews/[id]/route";
import { POST as postTranscripts } from "@/app/api/interviews/[id]/transcripts/route";
import { getDb } from "@/db/client";
import { answerBank, questionBank } from "@/db/schema";
import { createAiProvider } from "@/lib/ai/create-ai-provider";
import { listRubricVersions } from "@/lib/db/rubric-versions";
import { loadInterviewAnswers } from "@/lib/evaluation/load-interview-answers";
import { scoreAnswer } from "@/lib/evaluation/score-answer";
import { callRoute } from "@/tests/support/call-route";
import { createTenant } from "@/tests/support/factories";
import { criteriaReply, readEvaluationRequest } from "@/tests/support/fake-model-replies";
import { startInterviewThroughApi } from "@/tests/support/interview-through-api";
import { questionBankEmbedRequested } from "../events";
import { embedQuestionsFunction } from "./embed-questions";

// Before any app module reads its env: the AI provider is OpenAI, pointed at the local fake.
const fake = await vi.hoisted(async () => {
  const { startOpenAiForApp } = await import("@/tests/support/openai-env");
  return startOpenAiForApp();
});
afterAll(() => fake.close());

const realQuote = "I split the monolith's checkout into a queue-backed worker.";
const madeUpQuote = "I single-handedly rewrote Postgres in a weekend.";

describe("the pipeline on the OpenAI path (an OpenAI-compatible server on 127.0.0.1)", () => {
  it("embeds the bank questions without an embedding in one batched request, and then has nothing to do", async () => {
    await createTenant();
    const db = await getDb();
    const missing = (await db.select().from(questionBank).where(isNull(questionBank.embedding)))
      .length;
    fake.reset();
    const engine = new InngestTestEngine({
      function: embedQuestionsFunction.inngestFunction,
      events: [questionBankEmbedRequested.create({ reason: "test" })],
    });
    const { result } = await engine.execute();
    expect(result).toMatchObject({ embedded: missing });
    expect(fake.counts.embeddings).toBe(1);
    expect(fake.requests.embeddings[0]?.input).toHaveLength(missing);
    expect(
      (await db.select().from(questionBank).where(isNull(questionBank.embedding))).length,
    ).toBe(0);

    const again = await new InngestTestEngine({
      function: embedQuestionsFunction.inngestFunction,
      events: [questionBankEmbedRequested.create({ reason: "test" })],
    }).execute();
    expect(again.result).toMatchObject({ embedded: 0 });
    expect(fake.counts.embeddings).toBe(1);
  });

  it("scores each answered question with one structured-output call and keeps only verbatim quotes", async () => {
    const tenant = await createTenant();
    const { id, invite, params, questions } = await startInterviewThroughApi(tenant, {
      questionCount: 3,
    });
    const segments = questions.slice(0, 2).map((question, index) => ({
      id: `s${index}`,
      questionId: question.id,
      speaker: "candidate",
      text: `${realQuote} It cut p99 latency from 2.4 s to 380 ms.`,
      startMs: index * 10_000,
      endMs: index * 10_000 + 8_000,
    }));
    await callRoute(postTranscripts, { token: invite, params, json: { segments } });

    fake.reset();
    // Criteria at 5, 5, 5, 4 → 94; the model's own overall of 12 is ignored.
    fake.setChatHandler(({ body }) => {
      const request = readEvaluationRequest(body);
      const last = request.keys.at(-1);
      return criteriaReply({
        request,
        points: (key) => (key === last ? 4 : 5),
        quotes: [realQuote, madeUpQuote],
        extra: { score: 12 },
      });
    });
    expect(
      (await callRoute(completeInterview, { method: "POST", token: invite, params })).status,
    ).toBe(200);
    fake.setChatHandler(null);

    // Two answered questions: two chat calls; the unanswered one is scored 0 without a call.
    expect(fake.counts.chat).toBe(2);
    expect(fake.requests.chat[0]?.response_format).toMatchObject({
      type: "json_schema",
      json_schema: { strict: true },
    });
    const report = await callRoute(getReport, { token: tenant.token, params });
    const body = report.body as {
      report: { provider: string; model: string; overallScore: number; recommendation: string };
      answers: {
        evaluation: {
          score: number;
          provider: string;
          status: string;
          evidence: { quote: string; segmentId: string }[];
        };
      }[];
    };
    expect(body.report).toMatchObject({ provider: "openai", model: "gpt-4o-mini" });
    const scored = body.answers.filter((answer) => answer.evaluation.score > 0);
    expect(scored.map((answer) => answer.evaluation.score)).toEqual([94, 94]);
    for (const answer of scored) {
      expect(answer.evaluation.status).toBe("scored");
      // One verified quote per criterion; the invented one is dropped everywhere.
      expect(new Set(answer.evaluation.evidence.map((item) => item.quote))).toEqual(
        new Set([realQuote]),
      );
    }
    // The overall is the mean of the computed answer scores (the unanswered one counts 0).
    expect(body.report.overallScore).toBe(Math.round((94 + 94 + 0) / 3));
    expect(body.report.recommendation).toBe("lean_hire");
    // Both answers scored 94 (≥ 85): collected as one batch, embedded in one request, banked.
    expect(fake.counts.embeddings).toBe(1);
    expect(fake.requests.embeddings[0]?.input).toHaveLength(2);
    const db = await getDb();
    const banked = await db.select().from(answerBank).where(eq(answerBank.sourceInterviewId, id));
    expect(banked.map((row) => row.status)).toEqual(["approved", "approved"]);
  });

  it("sends a reply with only invented quotes back twice, then marks the answer needs_review", async () => {
    const tenant = await createTenant();
    const { id, invite, params, questions } = await startInterviewThroughApi(tenant, {
      questionCount: 1,
    });
    const segment = {
      id: "i0",
      questionId: questions[0]?.id,
      speaker: "candidate",
      text: realQuote,
      startMs: 0,
      endMs: 900,
    };
    await callRoute(postTranscripts, { token: invite, params, json: { segments: [segment] } });
    fake.reset();
    fake.setChatHandler(({ body }) =>
      criteriaReply({ request: readEvaluationRequest(body), points: 5, quotes: [madeUpQuote] }),
    );
    await callRoute(completeInterview, { method: "POST", token: invite, params });
    fake.setChatHandler(null);
    expect(fake.counts.chat).toBe(3);
    const report = await callRoute(getReport, { token: tenant.token, params });
    expect(report.body).toMatchObject({
      report: {
        needsReview: true,
        recommendation: "needs_review",
        reviewReasons: [
          expect.stringMatching(/^Question 1: The model's reply could not be trusted/),
        ],
      },
      answers: [{ evaluation: { status: "needs_review", attempts: 3, evidence: [] } }],
    });
    // A flagged answer is nobody's example, whatever its score.
    const db = await getDb();
    expect(await db.select().from(answerBank).where(eq(answerBank.sourceInterviewId, id))).toEqual(
      [],
    );
  });

  it("reuses the evaluation of the same answer to the same bank question in another interview", async () => {
    const tenant = await createTenant();
    const answer = `${realQuote}   It cut p99 latency from 2.4 s to 380 ms.`;
    const evaluated = [];
    fake.reset();
    for (const spacing of [" ", "\n"]) {
      const { invite, params, questions } = await startInterviewThroughApi(tenant, {
        questionCount: 1,
      });
      const segment = {
        id: `r-${evaluated.length}`,
        questionId: questions[0]?.id,
        speaker: "candidate",
        text: answer.replace("   ", spacing),
        startMs: 0,
        endMs: 900,
      };
      await callRoute(postTranscripts, { token: invite, params, json: { segments: [segment] } });
      await callRoute(completeInterview, { method: "POST", token: invite, params });
      evaluated.push((await callRoute(getReport, { token: tenant.token, params })).body);
    }
    // Same normalised answer, same bank question, same rubric version: one evaluation call.
    const evaluations = fake.requests.chat.filter(
      (request) => request.response_format?.json_schema?.name === "answer_evaluation",
    );
    expect(evaluations).toHaveLength(1);
    const [first, second] = evaluated as {
      answers: {
        evaluation: {
          id: string;
          score: number;
          attempts: number;
          reusedFromId: string | null;
          evidence: { segmentId: string }[];
        };
      }[];
    }[];
    const original = first?.answers[0]?.evaluation;
    const copy = second?.answers[0]?.evaluation;
    expect(copy).toMatchObject({ score: original?.score, attempts: 0, reusedFromId: original?.id });
    expect(copy?.evidence.every((item) => item.segmentId === "r-1")).toBe(true);
  });

  it("retries a structured output that fails validation, then fails the interview with a clear reason", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const tenant = await createTenant();
    const { invite, params, questions } = await startInterviewThroughApi(tenant, {
      questionCount: 1,
    });
    const segment = {
      id: "v0",
      questionId: questions[0]?.id,
      speaker: "candidate",
      text: "I moved the nightly export to a queue.",
      startMs: 0,
      endMs: 900,
    };
    await callRoute(postTranscripts, { token: invite, params, json: { segments: [segment] } });

    fake.reset();
    // Well-formed JSON that breaks the schema: a score above 100 and no rubric.
    fake.setChatHandler(() => ({ score: 150, feedback: "Perfect." }));
    await callRoute(completeInterview, { method: "POST", token: invite, params });
    const attempts = fake.counts.chat;
    fake.reset();
    expect(attempts).toBe(3);
    const interview = await callRoute(getInterview, { token: tenant.token, params });
    expect(interview.body).toMatchObject({
      status: "failed",
      failureReason: expect.stringMatching(/answer_evaluation did not match its schema/),
    });
    error.mockRestore();
  }, 20_000);

  it("ends in a visible failed status with the reason when scoring keeps failing", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const tenant = await createTenant();
    const { invite, params, questions } = await startInterviewThroughApi(tenant, {
      questionCount: 1,
    });
    const segment = {
      id: "f0",
      questionId: questions[0]?.id,
      speaker: "candidate",
      text: "An answer.",
      startMs: 0,
      endMs: 900,
    };
    await callRoute(postTranscripts, { token: invite, params, json: { segments: [segment] } });

    // 400s are not retried by the SDK; the dispatcher retries the whole run, then gives up.
    fake.failNext({ endpoint: "chat", status: 400, times: 10 });
    await callRoute(completeInterview, { method: "POST", token: invite, params });
    fake.reset();
    const interview = await callRoute(getInterview, { token: tenant.token, params });
    expect(interview.body).toMatchObject({
      status: "failed",
      failureReason: expect.stringMatching(/^Evaluation failed: /),
    });
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  }, 20_000);

  it("scores under a new rubric version when the model changes, and keeps both versions", async () => {
    const tenant = await createTenant();
    const { id } = await startInterviewThroughApi(tenant, { questionCount: 1 });
    const { interview, position, answers } = await loadInterviewAnswers({ interviewId: id });
    const [first] = answers;
    if (!first) throw new Error("expected a question");
    const scored = [];
    for (const chatModel of ["gpt-4o-mini", "gpt-4.1-mini"]) {
      const provider = createAiProvider({
        openaiApiKey: fake.apiKey,
        openaiBaseUrl: fake.url,
        chatModel,
      });
      scored.push(
        await scoreAnswer({
          interviewId: id,
          companyId: interview.companyId,
          position,
          question: first.question,
          segments: [{ segmentId: "m0", text: realQuote }],
          otherAnswers: [],
          provider,
        }),
      );
    }
    const [before, after] = scored;
    expect(before?.rubricVersion).not.toBe(after?.rubricVersion);
    expect(before?.evaluationId).not.toBe(after?.evaluationId);
    const versions = await listRubricVersions({
      ids: scored.map((answer) => answer.rubricVersion),
    });
    expect(versions.map((version) => version.model).sort()).toEqual([
      "gpt-4.1-mini",
      "gpt-4o-mini",
    ]);
  });
});
