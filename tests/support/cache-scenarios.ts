// Cache behaviour seen through the API, shared by the in-process and the Upstash test files.
import { expect } from "vitest";
import { GET as getStats } from "@/app/api/cache/stats/route";
import { PATCH as patchQuestion } from "@/app/api/interviews/[id]/questions/[questionId]/route";
import { GET as getQuestions } from "@/app/api/interviews/[id]/questions/route";
import { callRoute } from "./call-route";
import { createInvitedInterview, createOperator, createTenant } from "./factories";

type Question = { id: string; content: string };

export async function setUpInterview() {
  const tenant = await createTenant();
  const { interview, inviteToken } = await createInvitedInterview(tenant);
  const { token: operatorToken } = await createOperator();
  const params = { id: interview.id };
  const readQuestions = async (token = tenant.token) => {
    const result = await callRoute(getQuestions, { token, params });
    const questions = (result.body as { questions?: Question[] }).questions ?? [];
    return { status: result.status, questions, body: result.body };
  };
  const editQuestion = async (questionId: string, content: string) => {
    const result = await callRoute(patchQuestion, {
      method: "PATCH",
      token: tenant.token,
      params: { ...params, questionId },
      json: { content },
    });
    expect(result.status).toBe(200);
  };
  const readStats = async (token = operatorToken) => callRoute(getStats, { token });
  return { tenant, interview, inviteToken, operatorToken, readQuestions, editQuestion, readStats };
}

export async function questionStats(readStats: () => ReturnType<typeof callRoute>) {
  const result = await readStats();
  expect(result.status).toBe(200);
  return (result.body as { kinds: { question: { hits: number; misses: number; errors: number } } })
    .kinds.question;
}

/**
 * One writer edits a question again and again while readers read concurrently; every read must
 * show at least the version whose write had finished before the read began.
 */
export async function assertNoStaleReads(options: { rounds: number; readers: number }) {
  const { readQuestions, editQuestion } = await setUpInterview();
  const [first] = (await readQuestions()).questions;
  if (!first) throw new Error("the interview has no questions");
  let committed = 0;
  let isWriting = true;
  const stale: string[] = [];
  const versionOf = (content: string) => Number(/version (\d+)/.exec(content)?.[1] ?? 0);

  const writer = (async () => {
    try {
      for (let version = 1; version <= options.rounds; version++) {
        await editQuestion(first.id, `Question text, version ${version}`);
        committed = version;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
      }
    } finally {
      isWriting = false;
    }
  })();
  const readers = Array.from({ length: options.readers }, async () => {
    while (isWriting) {
      // A cache hit resolves without I/O; yield so the writer's database work can proceed.
      await new Promise((resolve) => setImmediate(resolve));
      const floor = committed;
      const { status, questions, body } = await readQuestions();
      const seen = versionOf(questions.find((q) => q.id === first.id)?.content ?? "");
      if (status !== 200 || seen < floor) {
        stale.push(`status ${status}: saw ${seen}, expected ≥ ${floor}: ${JSON.stringify(body)}`);
      }
    }
  });
  await Promise.all([writer, ...readers]);
  const final = await readQuestions();
  expect(versionOf(final.questions.find((q) => q.id === first.id)?.content ?? "")).toBe(
    options.rounds,
  );
  expect(stale).toEqual([]);
}
