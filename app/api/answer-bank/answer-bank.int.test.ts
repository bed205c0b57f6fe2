import { describe, expect, it } from "vitest";
import { createOfflineProvider } from "@/lib/ai/offline-provider";
import { collectAnswer } from "@/lib/db/answer-bank";
import { listInterviewQuestions } from "@/lib/db/interview-questions";
import { callRoute, errorCode } from "@/tests/support/call-route";
import {
  createInvitedInterview,
  createOperator,
  createTenant,
  type Tenant,
} from "@/tests/support/factories";
import { GET as listBank } from "./route";
import { GET as searchBank } from "./search/route";

const answers = [
  "I added a Redis cache in front of the catalogue and p99 latency fell from 2.4 s to 380 ms.",
  "I ran the incident review, wrote the postmortem and owned the follow-up actions to the end.",
];

type SearchBody = {
  query: string;
  embeddedBy: { provider: string };
  results: {
    id: string;
    text: string;
    score: number;
    similarity: number;
    sourceInterviewId: string;
    question: { id: string };
  }[];
};
type ListBody = {
  questions: { question: { id: string }; answers: { text: string; score: number }[] }[];
};

/** A tenant whose bank holds the two answers above, collected as the pipeline would. */
async function tenantWithBankedAnswers() {
  const tenant = await createTenant();
  const { interview, inviteToken } = await createInvitedInterview(tenant, { questionCount: 2 });
  const questions = await listInterviewQuestions({ interviewId: interview.id });
  const embeddings = await createOfflineProvider().embed(answers);
  for (const [index, text] of answers.entries()) {
    const question = questions[index];
    if (!question?.bankQuestionId) throw new Error("expected a bank question");
    await collectAnswer({
      questionId: question.bankQuestionId,
      text,
      score: 90 - index,
      embedding: embeddings[index] ?? [],
      sourceInterviewId: interview.id,
      sourceSegmentIds: [`s${index}`],
    });
  }
  return { tenant, interview, inviteToken };
}

const search = (tenant: Tenant | { token: string | undefined }, q: string) =>
  callRoute(searchBank, {
    token: tenant.token,
    path: `/api/answer-bank/search?q=${encodeURIComponent(q)}`,
  });

describe("GET /api/answer-bank/search", () => {
  it("returns the company's banked answers nearest in meaning first, with their scores", async () => {
    const { tenant, interview } = await tenantWithBankedAnswers();
    const result = await search(tenant, "Redis cache latency p99");
    expect(result.status).toBe(200);
    const body = result.body as SearchBody;
    expect(body.embeddedBy.provider).toBe("offline");
    expect(body.results).toHaveLength(2);
    expect(body.results[0]).toMatchObject({
      text: answers[0],
      score: 90,
      sourceInterviewId: interview.id,
    });
    expect(body.results[0]?.similarity).toBeGreaterThan(body.results[1]?.similarity ?? 1);
    const ownership = (await search(tenant, "postmortem incident follow-up")).body as SearchBody;
    expect(ownership.results[0]?.text).toBe(answers[1]);
  });

  it("never shows another company's answers, even to shared questions", async () => {
    await tenantWithBankedAnswers();
    const other = await createTenant();
    const result = await search(other, "Redis cache latency p99");
    expect(result.status).toBe(200);
    expect((result.body as SearchBody).results).toEqual([]);
  });

  it.each([
    ["a missing query", "/api/answer-bank/search"],
    ["a one-letter query", "/api/answer-bank/search?q=a"],
    ["a limit out of range", "/api/answer-bank/search?q=cache&limit=500"],
    ["an unknown parameter", "/api/answer-bank/search?q=cache&sort=score"],
  ])("answers 422 to %s", async (_label, path) => {
    const { tenant } = await tenantWithBankedAnswers();
    const result = await callRoute(searchBank, { token: tenant.token, path });
    expect(result.status).toBe(422);
    expect(errorCode(result)).toBe("unprocessable_entity");
  });

  it("answers 400 to a repeated query parameter", async () => {
    const tenant = await createTenant();
    const result = await callRoute(searchBank, {
      token: tenant.token,
      path: "/api/answer-bank/search?q=ab&q=cd",
    });
    expect(result.status).toBe(400);
    expect(errorCode(result)).toBe("bad_request");
  });
});

describe("GET /api/answer-bank", () => {
  it("groups the company's banked answers by question, best first", async () => {
    const { tenant } = await tenantWithBankedAnswers();
    const result = await callRoute(listBank, { token: tenant.token, path: "/api/answer-bank" });
    expect(result.status).toBe(200);
    const body = result.body as ListBody;
    expect(body.questions).toHaveLength(2);
    expect(body.questions.flatMap((group) => group.answers.map((a) => a.text)).sort()).toEqual(
      [...answers].sort(),
    );

    const other = await createTenant();
    const foreign = await callRoute(listBank, { token: other.token, path: "/api/answer-bank" });
    expect((foreign.body as ListBody).questions).toEqual([]);
  });

  it("refuses candidates and operators, and a bad limit with 422", async () => {
    const { tenant, inviteToken } = await tenantWithBankedAnswers();
    const { token: operatorToken } = await createOperator();
    expect((await callRoute(listBank, { token: inviteToken })).status).toBe(403);
    expect((await callRoute(listBank, { token: operatorToken })).status).toBe(403);
    expect((await callRoute(listBank, {})).status).toBe(401);
    const bad = await callRoute(listBank, {
      token: tenant.token,
      path: "/api/answer-bank?limit=0",
    });
    expect(bad.status).toBe(422);
    expect(errorCode(bad)).toBe("unprocessable_entity");
  });
});
