import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { followUpDecisions, interviewQuestions, positions } from "@/db/schema";
import { maxFollowUpThreadChars } from "@/lib/ai/bound-follow-up-thread";
import { getAiProvider } from "@/lib/ai/get-ai-provider";
import { takeOverFollowUpDecision } from "@/lib/db/follow-up-decisions";
import { readSpendLimitStats } from "@/lib/interviews/spend-limit-counters";
import { callRoute } from "@/tests/support/call-route";
import { createTenant } from "@/tests/support/factories";
import { criteriaReply, readEvaluationRequest } from "@/tests/support/fake-model-replies";
import { startInterviewThroughApi } from "@/tests/support/interview-through-api";
import type { ChatHandler } from "@/tests/support/openai-fake-server";
import { POST as completeInterview } from "../../../complete/route";
import { POST as addSegments } from "../../../transcripts/route";
import { POST as askFollowUp } from "./route";

vi.mock("@/lib/db/follow-up-decisions", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/db/follow-up-decisions")>();
  return { ...actual, takeOverFollowUpDecision: vi.fn(actual.takeOverFollowUpDecision) };
});

// Before any app module reads its env: the model is OpenAI on the local fake, and an interview
// may make two follow-up model calls.
const fake = await vi.hoisted(async () => {
  const { startOpenAiForApp } = await import("@/tests/support/openai-env");
  process.env.FOLLOW_UP_MODEL_CALLS_PER_INTERVIEW = "2";
  return startOpenAiForApp();
});
afterAll(() => fake.close());

const completeAnswer =
  "Last spring our checkout API started timing out during a sale. I traced the errors in Datadog to a missing index on the orders table in Postgres. I added the index and a query timeout, and p99 latency dropped from 4 seconds to 300 ms within an hour.";

async function setup(options: { followUpsPerQuestion?: number } = {}) {
  const tenant = await createTenant();
  if (options.followUpsPerQuestion !== undefined) {
    await (await getDb())
      .update(positions)
      .set({ followUpsPerQuestion: options.followUpsPerQuestion })
      .where(eq(positions.id, tenant.position.id));
  }
  const interview = await startInterviewThroughApi(tenant, { questionCount: 2 });
  // Inviting may have asked the model for questions: count only what the follow-ups ask.
  fake.reset();
  return interview;
}

async function answer(
  interview: { invite: string; params: { id: string } },
  questionId: string,
  texts: string[],
) {
  const segments = texts.map((text) => ({
    id: `seg-${crypto.randomUUID()}`,
    questionId,
    speaker: "candidate",
    text,
    startMs: 0,
    endMs: 5000,
  }));
  for (let start = 0; start < segments.length; start += 200) {
    const result = await callRoute(addSegments, {
      method: "POST",
      token: interview.invite,
      params: interview.params,
      json: { segments: segments.slice(start, start + 200) },
    });
    expect(result.status).toBe(201);
  }
}

async function followUp(interview: { invite: string; id: string }, questionId: string) {
  const result = await callRoute(askFollowUp, {
    method: "POST",
    token: interview.invite,
    params: { id: interview.id, questionId },
  });
  expect(result.status).toBe(200);
  return (result.body as { followUp: { id: string } | null }).followUp;
}

async function decisionsOf(interviewId: string) {
  return (await getDb())
    .select()
    .from(followUpDecisions)
    .where(eq(followUpDecisions.interviewId, interviewId));
}

// Question generation and evaluation run in the background on the same fake: only the follow-up
// decisions are counted, and the handler answers the others as the default does.
const followUpRequests = () =>
  fake.requests.chat.filter(
    (request) => request.response_format?.json_schema?.name === "follow_up_decision",
  );
const alwaysAsk: ChatHandler = ({ body, schemaName }) => {
  if (schemaName === "follow_up_decision") {
    return {
      ask: true,
      reason: "No outcome: the answer never says what changed.",
      question: "What changed after your fix?",
    };
  }
  if (schemaName === "generated_questions") {
    const question = { content: "Tell me about a hard bug you fixed.", category: "behavioral" };
    return { questions: [{ ...question, competency: "problem solving" }] };
  }
  return criteriaReply({ request: readEvaluationRequest(body), points: 4, quotes: [] });
};

/** Holds the provider's follow-up decisions until `release()`, so waiting calls can be observed. */
function holdModelDecisions() {
  const provider = getAiProvider();
  const decide = provider.decideFollowUp.bind(provider);
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const spy = vi.spyOn(provider, "decideFollowUp").mockImplementation(async (input) => {
    await held;
    return decide(input);
  });
  return { release, spy };
}

describe("follow-up decisions with a model configured", () => {
  it("reaches the model once for 20 calls on one complete answer (10 in a row, 10 at once), and keeps the 'none'", async () => {
    const interview = await setup();
    const first = interview.questions[0]?.id ?? "";
    await answer(interview, first, [completeAnswer]);
    const inRow = [];
    for (let call = 0; call < 10; call += 1) inRow.push(await followUp(interview, first));
    const atOnce = await Promise.all(Array.from({ length: 10 }, () => followUp(interview, first)));
    expect([...inRow, ...atOnce]).toEqual(Array(20).fill(null));
    expect(followUpRequests().length).toBeLessThanOrEqual(2);
    expect(followUpRequests().length).toBe(1);
    expect(await decisionsOf(interview.id)).toEqual([
      expect.objectContaining({
        mainQuestionId: first,
        followUpNumber: 1,
        status: "decided",
        ask: false,
        decidedBy: "openai",
        followUpQuestionId: null,
      }),
    ]);
  });

  it("has 10 concurrent first calls wait for the one decision in flight and return the same follow-up", async () => {
    const interview = await setup();
    const first = interview.questions[0]?.id ?? "";
    await answer(interview, first, ["We fixed it quickly."]);
    fake.setChatHandler(alwaysAsk);
    // The decision is held until the nine other calls are seen waiting on its claim.
    const { release, spy } = holdModelDecisions();
    const waits = vi.mocked(takeOverFollowUpDecision);
    waits.mockClear();
    const pending = Promise.all(Array.from({ length: 10 }, () => followUp(interview, first)));
    await vi.waitFor(() => {
      expect(new Set(waits.mock.calls.map(([call]) => call.id)).size).toBe(1);
      expect(waits.mock.calls.length).toBeGreaterThanOrEqual(9);
    });
    release();
    const results = await pending;
    spy.mockRestore();
    expect(followUpRequests().length).toBe(1);
    expect(new Set(results.map((result) => result?.id)).size).toBe(1);
    expect(results[0]?.id).toEqual(expect.any(String));
    const followUps = await (await getDb())
      .select()
      .from(interviewQuestions)
      .where(
        and(
          eq(interviewQuestions.interviewId, interview.id),
          eq(interviewQuestions.parentQuestionId, first),
        ),
      );
    expect(followUps).toHaveLength(1);
  });

  it("sends the model at most a bounded part of a huge answer", async () => {
    const interview = await setup();
    const first = interview.questions[0]?.id ?? "";
    // 12 segments of 20,000 characters: 240,000 characters, under the transcript cap.
    const huge = Array.from({ length: 12 }, (_, index) => `${index} ${"word ".repeat(3_999)}`);
    await answer(interview, first, huge);
    expect(await followUp(interview, first)).toBeNull();
    expect(followUpRequests().length).toBe(1);
    const messages = followUpRequests()[0]?.messages ?? [];
    const promptChars = messages.reduce((total, message) => total + message.content.length, 0);
    // The thread's text plus the instructions, the rubric and the JSON around the segments.
    expect(promptChars).toBeLessThan(maxFollowUpThreadChars + 6_000);
    expect(messages.at(-1)?.content).toContain("characters omitted");
  });

  it("takes over a claim its request left behind (a crash) and decides once", async () => {
    const interview = await setup();
    const first = interview.questions[0]?.id ?? "";
    await answer(interview, first, ["We fixed it quickly."]);
    await (await getDb()).insert(followUpDecisions).values({
      interviewId: interview.id,
      mainQuestionId: first,
      followUpNumber: 1,
      claimedAt: new Date(Date.now() - 60_000),
    });
    fake.setChatHandler(alwaysAsk);
    expect((await followUp(interview, first))?.id).toEqual(expect.any(String));
    expect(followUpRequests()).toHaveLength(1);
  });

  it("stops the waiting calls from asking again when the interview ends while the model decides", async () => {
    const interview = await setup();
    const first = interview.questions[0]?.id ?? "";
    await answer(interview, first, ["We fixed it quickly."]);
    fake.setChatHandler(alwaysAsk);
    const { release, spy } = holdModelDecisions();
    const waits = vi.mocked(takeOverFollowUpDecision);
    waits.mockClear();
    const pending = Promise.all(
      Array.from({ length: 5 }, () =>
        callRoute(askFollowUp, {
          method: "POST",
          token: interview.invite,
          params: { id: interview.id, questionId: first },
        }),
      ),
    );
    await vi.waitFor(() => expect(waits.mock.calls.length).toBeGreaterThanOrEqual(4));
    const completed = await callRoute(completeInterview, {
      method: "POST",
      token: interview.invite,
      params: interview.params,
    });
    expect(completed.status).toBe(200);
    release();
    const results = await pending;
    spy.mockRestore();
    expect(results.map((result) => result.status).sort()).toEqual([200, 200, 200, 200, 409]);
    expect(followUpRequests()).toHaveLength(1);
  });

  it("refuses model calls past the interview's budget: the offline rules decide and the refusal is counted", async () => {
    const interview = await setup({ followUpsPerQuestion: 2 });
    const [first, second] = interview.questions.map((question) => question.id);
    fake.setChatHandler(alwaysAsk);
    const before = await readSpendLimitStats();
    await answer(interview, first ?? "", ["We fixed it quickly."]);
    const one = await followUp(interview, first ?? "");
    await answer(interview, one?.id ?? "", ["It went fine."]);
    const two = await followUp(interview, one?.id ?? "");
    expect(two?.id).toEqual(expect.any(String));
    expect(followUpRequests().length).toBe(2);

    await answer(interview, second ?? "", ["We fixed it quickly."]);
    const third = await followUp(interview, second ?? "");
    expect(followUpRequests().length).toBe(2);
    // The offline rules ask their own follow-up after a thin answer.
    expect(third?.id).toEqual(expect.any(String));
    const after = await readSpendLimitStats();
    expect(after.followUpModelCallsRefused).toBe(before.followUpModelCallsRefused + 1);
    expect(after.followUpModelCallsPerInterview).toBe(2);
    const decidedBy = (await decisionsOf(interview.id)).map((row) => row.decidedBy).sort();
    expect(decidedBy).toEqual(["budget_spent", "openai", "openai"]);
  });
});
