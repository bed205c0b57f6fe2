import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { interviewQuestions } from "@/db/schema";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createInvitedInterview, createTenant, type Tenant } from "@/tests/support/factories";
import { POST as startInterview } from "../start/route";
import { PATCH as updateQuestion } from "./[questionId]/route";
import { PUT as reorderQuestions } from "./order/route";
import { GET as listQuestions } from "./route";

type QuestionView = {
  id: string;
  order: number;
  content: string;
  category: string;
  competency: string;
  parentQuestionId: string | null;
  followUpNumber: number;
};

async function setup(questionCount = 3) {
  const tenant = await createTenant();
  const { interview, inviteToken } = await createInvitedInterview(tenant, { questionCount });
  return { tenant, interview, inviteToken, params: { id: interview.id } };
}

async function getQuestions(token: string, id: string): Promise<QuestionView[]> {
  const result = await callRoute(listQuestions, { token, params: { id } });
  expect(result.status).toBe(200);
  return (result.body as { questions: QuestionView[] }).questions;
}

/** The stored rows, every column, in order: a refused request must leave them exactly so. */
async function storedRows(interviewId: string) {
  const db = await getDb();
  return db
    .select()
    .from(interviewQuestions)
    .where(eq(interviewQuestions.interviewId, interviewId))
    .orderBy(asc(interviewQuestions.order));
}

async function otherQuestionId(tenant: Tenant): Promise<string> {
  const { interview } = await createInvitedInterview(tenant);
  const [row] = await storedRows(interview.id);
  if (!row) throw new Error("The other interview has no questions.");
  return row.id;
}

describe("GET /api/interviews/{id}/questions", () => {
  it("returns the questions ordered 1..n, the same to the recruiter and to the candidate", async () => {
    const { tenant, interview, inviteToken } = await setup(4);
    const recruiterView = await getQuestions(tenant.token, interview.id);
    expect(recruiterView.map((q) => q.order)).toEqual([1, 2, 3, 4]);
    for (const question of recruiterView) {
      expect(Object.keys(question).sort()).toEqual(
        [
          "category",
          "competency",
          "content",
          "followUpNumber",
          "id",
          "order",
          "parentQuestionId",
        ].sort(),
      );
      expect(question).toMatchObject({ parentQuestionId: null, followUpNumber: 0 });
    }
    const rows = await storedRows(interview.id);
    expect(recruiterView.map((q) => [q.id, q.content])).toEqual(rows.map((r) => [r.id, r.content]));
    expect(await getQuestions(inviteToken, interview.id)).toEqual(recruiterView);
  });
});

describe("PATCH /api/interviews/{id}/questions/{questionId}", () => {
  it("lets the recruiter reword a question, and the next GET shows the change", async () => {
    const { tenant, interview, params } = await setup();
    const [first, second, third] = await getQuestions(tenant.token, interview.id);
    const result = await callRoute(updateQuestion, {
      method: "PATCH",
      token: tenant.token,
      params: { ...params, questionId: String(second?.id) },
      json: { content: "  Walk me through a migration you led.  ", competency: " Ownership " },
    });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      id: second?.id,
      order: 2,
      content: "Walk me through a migration you led.",
      competency: "ownership",
    });
    expect(await getQuestions(tenant.token, interview.id)).toEqual([
      first,
      { ...second, content: "Walk me through a migration you led.", competency: "ownership" },
      third,
    ]);
  });

  it("refuses rewording and reordering with 409 once the candidate has started", async () => {
    const { tenant, interview, inviteToken, params } = await setup();
    const started = await callRoute(startInterview, { method: "POST", token: inviteToken, params });
    expect(started.status).toBe(200);
    const before = await storedRows(interview.id);
    const patched = await callRoute(updateQuestion, {
      method: "PATCH",
      token: tenant.token,
      params: { ...params, questionId: String(before[0]?.id) },
      json: { content: "A question changed mid-interview." },
    });
    expect(patched.status).toBe(409);
    expect(errorCode(patched)).toBe("conflict");
    const reordered = await callRoute(reorderQuestions, {
      method: "PUT",
      token: tenant.token,
      params,
      json: { questionIds: before.map((row) => row.id).reverse() },
    });
    expect(reordered.status).toBe(409);
    expect(await storedRows(interview.id)).toEqual(before);
  });

  it.each([
    ["malformed JSON", { body: "{not json", headers: { "content-type": "application/json" } }, 400],
    ["an empty object", { json: {} }, 422],
    ["wrong types", { json: { content: 42, category: ["technical"] } }, 422],
    ["an unknown key", { json: { content: "A valid new wording.", order: 1 } }, 422],
    ["too short a content", { json: { content: "  ab  " } }, 422],
  ])(
    "answers %s with a JSON %i and leaves the questions unchanged",
    async (_label, request, status) => {
      const { tenant, interview, params } = await setup();
      const before = await storedRows(interview.id);
      const result = await callRoute(updateQuestion, {
        method: "PATCH",
        token: tenant.token,
        params: { ...params, questionId: String(before[0]?.id) },
        ...request,
      });
      expect(result.status).toBe(status);
      expect(errorCode(result)).toBeDefined();
      expect(await storedRows(interview.id)).toEqual(before);
    },
  );
});

describe("PUT /api/interviews/{id}/questions/order", () => {
  it("reorders the questions to the given permutation and numbers them 1..n", async () => {
    const { tenant, interview, inviteToken, params } = await setup(4);
    const ids = (await storedRows(interview.id)).map((row) => row.id);
    const wanted = [ids[2], ids[0], ids[3], ids[1]] as string[];
    const result = await callRoute(reorderQuestions, {
      method: "PUT",
      token: tenant.token,
      params,
      json: { questionIds: wanted },
    });
    expect(result.status).toBe(200);
    const returned = (result.body as { questions: QuestionView[] }).questions;
    expect(returned.map((q) => [q.id, q.order])).toEqual(wanted.map((id, i) => [id, i + 1]));
    for (const token of [tenant.token, inviteToken]) {
      const listed = await getQuestions(token, interview.id);
      expect(listed.map((q) => q.id)).toEqual(wanted);
      expect(listed.map((q) => q.order)).toEqual([1, 2, 3, 4]);
    }
  });

  it.each([
    ["a missing id", (ids: string[], _foreign: string) => ids.slice(1)],
    ["a duplicated id", (ids: string[], _foreign: string) => [ids[0], ...ids.slice(0, -1)]],
    ["another interview's id", (ids: string[], foreign: string) => [foreign, ...ids.slice(1)]],
    ["an extra id", (ids: string[], foreign: string) => [...ids, foreign]],
    ["an unknown id", (ids: string[], _foreign: string) => [crypto.randomUUID(), ...ids.slice(1)]],
  ])("refuses a list with %s with 422 and keeps the order", async (_label, build) => {
    const { tenant, interview, params } = await setup();
    const before = await storedRows(interview.id);
    const questionIds = build(
      before.map((row) => row.id),
      await otherQuestionId(tenant),
    );
    const result = await callRoute(reorderQuestions, {
      method: "PUT",
      token: tenant.token,
      params,
      json: { questionIds },
    });
    expect(result.status).toBe(422);
    expect(errorCode(result)).toBe("unprocessable_entity");
    expect(await storedRows(interview.id)).toEqual(before);
  });
});
