import { describe, expect, it } from "vitest";
import { interviewQuestions, interviews } from "@/db/schema";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { countRows } from "@/tests/support/count-rows";
import { createInvitedInterview, createOperator, createTenant } from "@/tests/support/factories";
import { POST as completeInterview } from "./[id]/complete/route";
import { GET as getInterview } from "./[id]/route";
import { POST as startInterview } from "./[id]/start/route";
import { POST as createInterview, GET as listInterviews } from "./route";

const path = "/api/interviews";

describe("POST /api/interviews", () => {
  it("creates an invited interview with questions and returns an invite URL that works as a bearer token", async () => {
    const tenant = await createTenant();
    const created = await callRoute(createInterview, {
      path,
      token: tenant.token,
      json: {
        positionId: tenant.position.id,
        candidateEmail: "Ada@Example.com",
        candidateName: "Ada",
        questionCount: 4,
      },
    });
    expect(created.status).toBe(201);
    const body = created.body as Record<string, unknown>;
    expect(body).toMatchObject({
      status: "invited",
      candidateEmail: "ada@example.com",
      questionCount: 4,
    });
    expect(body.inviteUrl).toMatch(/^http:\/\/localhost:3000\/interview\/inv_[\w-]{43}$/);
    expect(body).not.toHaveProperty("inviteTokenHash");

    const inviteToken = String(body.inviteUrl).split("/").at(-1);
    const read = await callRoute(getInterview, {
      token: inviteToken,
      params: { id: String(body.id) },
    });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      id: body.id,
      questionCount: 4,
      company: { id: tenant.company.id },
      position: { id: tenant.position.id, language: "en" },
    });
  });

  it("covers each of the position's competencies before repeating one", async () => {
    const tenant = await createTenant();
    const { interview } = await createInvitedInterview(tenant, { questionCount: 3 });
    const { getDb } = await import("@/db/client");
    const { eq } = await import("drizzle-orm");
    const rows = await (await getDb())
      .select()
      .from(interviewQuestions)
      .where(eq(interviewQuestions.interviewId, interview.id));
    expect(new Set(rows.map((row) => row.competency))).toEqual(
      new Set(["system-design", "communication", "ownership"]),
    );
  });

  it.each([
    ["malformed JSON", { body: "{not json", headers: { "content-type": "application/json" } }, 400],
    ["a non-JSON content type", { body: "a=b", headers: { "content-type": "text/plain" } }, 415],
    ["wrong types", { json: { positionId: 42, candidateEmail: true, candidateName: [] } }, 422],
    ["an invalid email", { json: { candidateEmail: "nope", candidateName: "A" } }, 422],
    [
      "unknown fields",
      { json: { candidateEmail: "a@b.co", candidateName: "A", admin: true } },
      422,
    ],
    ["an oversized body", { json: { candidateName: "x".repeat(1_100_000) } }, 413],
  ])("answers %s with a JSON 4xx and writes nothing", async (_label, request, status) => {
    const tenant = await createTenant();
    const before = [await countRows(interviews), await countRows(interviewQuestions)];
    const json =
      "json" in request ? { positionId: tenant.position.id, ...request.json } : undefined;
    const result = await callRoute(createInterview, {
      path,
      method: "POST",
      token: tenant.token,
      ...("body" in request ? request : { json }),
    });
    expect(result.status).toBe(status);
    expect(errorCode(result)).toBeDefined();
    expect([await countRows(interviews), await countRows(interviewQuestions)]).toEqual(before);
  });

  it("answers 404 for another company's position and writes nothing", async () => {
    const [tenant, other] = [await createTenant(), await createTenant()];
    const before = await countRows(interviews);
    const result = await callRoute(createInterview, {
      path,
      token: tenant.token,
      json: { positionId: other.position.id, candidateEmail: "a@b.co", candidateName: "A" },
    });
    expect(result.status).toBe(404);
    expect(errorCode(result)).toBe("not_found");
    expect(await countRows(interviews)).toBe(before);
  });
});

describe("GET /api/interviews", () => {
  it("lists only the caller's company's interviews, filtered by status and paginated", async () => {
    const [tenant, other] = [await createTenant(), await createTenant()];
    const first = await createInvitedInterview(tenant);
    const second = await createInvitedInterview(tenant);
    await createInvitedInterview(other);
    await callRoute(startInterview, {
      token: second.inviteToken,
      params: { id: second.interview.id },
      method: "POST",
    });

    const all = await callRoute(listInterviews, { path, token: tenant.token });
    expect(all.status).toBe(200);
    const ids = (all.body as { interviews: { id: string }[] }).interviews.map((row) => row.id);
    expect(ids.sort()).toEqual([first.interview.id, second.interview.id].sort());

    const inProgress = await callRoute(listInterviews, {
      path: `${path}?status=in_progress`,
      token: tenant.token,
    });
    expect(
      (inProgress.body as { interviews: { id: string }[] }).interviews.map((r) => r.id),
    ).toEqual([second.interview.id]);

    const page1 = await callRoute(listInterviews, { path: `${path}?limit=1`, token: tenant.token });
    const body1 = page1.body as { interviews: { id: string }[]; nextCursor: string };
    expect(body1.interviews).toHaveLength(1);
    const page2 = await callRoute(listInterviews, {
      path: `${path}?limit=1&cursor=${body1.nextCursor}`,
      token: tenant.token,
    });
    const body2 = page2.body as { interviews: { id: string }[]; nextCursor: string | null };
    expect(body2.interviews.map((r) => r.id)).not.toEqual(body1.interviews.map((r) => r.id));
    expect(body2.nextCursor).toBeNull();
  });

  it.each([
    ["an unknown status", "?status=done"],
    ["a bad limit", "?limit=0"],
    ["a forged cursor", "?cursor=bm9wZQ"],
    ["an unknown parameter", "?sort=asc"],
  ])("answers %s with 422", async (_label, query) => {
    const tenant = await createTenant();
    const result = await callRoute(listInterviews, {
      path: `${path}${query}`,
      token: tenant.token,
    });
    expect(result.status).toBe(422);
    expect(errorCode(result)).toBe("unprocessable_entity");
  });
});

describe("interview lifecycle", () => {
  it("moves invited → in_progress → completed, and repeating either step is harmless", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createInvitedInterview(tenant);
    const params = { id: interview.id };

    const completeEarly = await callRoute(completeInterview, {
      method: "POST",
      token: inviteToken,
      params,
    });
    expect(completeEarly.status).toBe(409);

    for (let i = 0; i < 2; i++) {
      const started = await callRoute(startInterview, {
        method: "POST",
        token: inviteToken,
        params,
      });
      expect(started.status).toBe(200);
      expect(started.body).toMatchObject({ status: "in_progress" });
    }
    const done = await callRoute(completeInterview, { method: "POST", token: inviteToken, params });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: "completed" });
    expect((done.body as { completedAt: string }).completedAt).toBeTruthy();
    // Completing started the evaluation (in process here, as on the embedded default).
    const again = await callRoute(completeInterview, {
      method: "POST",
      token: inviteToken,
      params,
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: "evaluated" });
    const restart = await callRoute(startInterview, { method: "POST", token: inviteToken, params });
    expect(restart.status).toBe(409);
  });

  it("lets only one of two concurrent starts make the transition, and both succeed", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createInvitedInterview(tenant);
    const params = { id: interview.id };
    const results = await Promise.all(
      [0, 1].map(() => callRoute(startInterview, { method: "POST", token: inviteToken, params })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const startedAts = results.map((r) => (r.body as { startedAt: string }).startedAt);
    expect(startedAts[0]).toBe(startedAts[1]);
  });

  it("refuses start and complete from a recruiter, and from an operator", async () => {
    const tenant = await createTenant();
    const { operator, token: operatorToken } = await createOperator();
    void operator;
    const { interview } = await createInvitedInterview(tenant);
    const params = { id: interview.id };
    for (const handler of [startInterview, completeInterview]) {
      expect(
        (await callRoute(handler, { method: "POST", token: tenant.token, params })).status,
      ).toBe(403);
      expect(
        (await callRoute(handler, { method: "POST", token: operatorToken, params })).status,
      ).toBe(403);
    }
  });
});
