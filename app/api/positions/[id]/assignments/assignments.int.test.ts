import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as readInterview } from "@/app/api/interviews/[id]/route";
import { getDb } from "@/db/client";
import { positionAssignments } from "@/db/schema";
import { createPosition } from "@/lib/db/positions";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { addTeammate, createInvitedInterview, createTenant } from "@/tests/support/factories";
import { GET, PUT } from "./route";

const path = (positionId: string) => `/api/positions/${positionId}/assignments`;
const put = (options: { token: string; positionId: string; json: unknown }) =>
  callRoute(PUT, {
    method: "PUT",
    path: path(options.positionId),
    params: { id: options.positionId },
    token: options.token,
    json: options.json,
  });
const get = (options: { token: string; positionId: string }) =>
  callRoute(GET, {
    path: path(options.positionId),
    params: { id: options.positionId },
    token: options.token,
  });
const interviewAs = (token: string, id: string) =>
  callRoute(readInterview, { path: `/api/interviews/${id}`, params: { id }, token });

async function storedAssignments(positionId: string) {
  const db = await getDb();
  const rows = await db
    .select({ userId: positionAssignments.userId })
    .from(positionAssignments)
    .where(eq(positionAssignments.positionId, positionId));
  return rows.map((row) => row.userId).sort();
}

describe("PUT /api/positions/{id}/assignments", () => {
  it("gives an evaluator the position's interviews on their very next request, and takes them away the same way", async () => {
    const tenant = await createTenant();
    const evaluator = await addTeammate(tenant, "evaluator");
    const { interview } = await createInvitedInterview(tenant);
    // Read once unassigned: their membership (no positions) is now in the cache.
    expect((await interviewAs(evaluator.token, interview.id)).status).toBe(404);

    const assigned = await put({
      token: tenant.token,
      positionId: tenant.position.id,
      json: { userIds: [evaluator.user.id, evaluator.user.id] },
    });
    expect(assigned).toMatchObject({ status: 200, body: { userIds: [evaluator.user.id] } });
    expect((await interviewAs(evaluator.token, interview.id)).status).toBe(200);
    expect(await get({ token: tenant.token, positionId: tenant.position.id })).toMatchObject({
      status: 200,
      body: { userIds: [evaluator.user.id] },
    });

    const cleared = await put({
      token: tenant.token,
      positionId: tenant.position.id,
      json: { userIds: [] },
    });
    expect(cleared).toMatchObject({ status: 200, body: { userIds: [] } });
    expect((await interviewAs(evaluator.token, interview.id)).status).toBe(404);
  });

  it("replaces the whole list: the one left out loses the position, the other keeps it", async () => {
    const tenant = await createTenant();
    const first = await addTeammate(tenant, "evaluator");
    const second = await addTeammate(tenant, "evaluator");
    const { interview } = await createInvitedInterview(tenant);
    await put({
      token: tenant.token,
      positionId: tenant.position.id,
      json: { userIds: [first.user.id, second.user.id] },
    });
    expect((await interviewAs(first.token, interview.id)).status).toBe(200);
    await put({
      token: tenant.token,
      positionId: tenant.position.id,
      json: { userIds: [second.user.id] },
    });
    expect((await interviewAs(first.token, interview.id)).status).toBe(404);
    expect((await interviewAs(second.token, interview.id)).status).toBe(200);
    expect(await storedAssignments(tenant.position.id)).toEqual([second.user.id]);
  });

  it("assigns evaluators of this workspace only (422 for a recruiter, another workspace's evaluator, an unknown id) and changes nothing then", async () => {
    const tenant = await createTenant();
    const evaluator = await addTeammate(tenant, "evaluator");
    const recruiter = await addTeammate(tenant, "recruiter");
    const elsewhere = await addTeammate(await createTenant(), "evaluator");
    await put({
      token: tenant.token,
      positionId: tenant.position.id,
      json: { userIds: [evaluator.user.id] },
    });
    for (const refused of [recruiter.user.id, elsewhere.user.id, "no-such-user"]) {
      const result = await put({
        token: tenant.token,
        positionId: tenant.position.id,
        json: { userIds: [refused] },
      });
      expect(result.status).toBe(422);
      expect((result.body as { error: { message: string } }).error.message).toContain(refused);
    }
    expect(await storedAssignments(tenant.position.id)).toEqual([evaluator.user.id]);
  });

  it("is for owners, admins and recruiters: evaluators get 403, another workspace 404, no credentials 401", async () => {
    const tenant = await createTenant();
    const evaluator = await addTeammate(tenant, "evaluator");
    const recruiter = await addTeammate(tenant, "recruiter");
    const admin = await addTeammate(tenant, "admin");
    const positionId = tenant.position.id;
    for (const caller of [recruiter, admin]) {
      const json = { userIds: [evaluator.user.id] };
      expect((await put({ token: caller.token, positionId, json })).status).toBe(200);
      expect((await get({ token: caller.token, positionId })).status).toBe(200);
    }
    // Assigned, the evaluator still may not read or change who is.
    expect(errorCode(await get({ token: evaluator.token, positionId }))).toBe("forbidden");
    const selfAssign = await put({ token: evaluator.token, positionId, json: { userIds: [] } });
    expect(errorCode(selfAssign)).toBe("forbidden");

    const other = await createTenant();
    expect((await get({ token: other.token, positionId })).status).toBe(404);
    expect((await put({ token: other.token, positionId, json: { userIds: [] } })).status).toBe(404);
    const anonymous = await callRoute(GET, { path: path(positionId), params: { id: positionId } });
    expect(anonymous.status).toBe(401);
    expect(await storedAssignments(positionId)).toEqual([evaluator.user.id]);
  });

  it("answers bad input with 4xx: unknown or malformed position, not a list, unknown keys, too many ids", async () => {
    const tenant = await createTenant();
    const other = await createPosition({
      companyId: (await createTenant()).company.id,
      title: "Elsewhere",
      competencies: ["ownership"],
      language: "en",
    });
    const cases: [string, unknown, number][] = [
      [crypto.randomUUID(), { userIds: [] }, 404],
      ["not-a-uuid", { userIds: [] }, 404],
      [other.id, { userIds: [] }, 404],
      [tenant.position.id, { userIds: "everyone" }, 422],
      [tenant.position.id, { userIds: [], role: "admin" }, 422],
      [tenant.position.id, { userIds: Array.from({ length: 201 }, (_, i) => `u${i}`) }, 422],
    ];
    for (const [positionId, json, status] of cases) {
      expect((await put({ token: tenant.token, positionId, json })).status).toBe(status);
    }
  });
});
