import { describe, expect, it } from "vitest";
import { callRoute } from "@/tests/support/call-route";
import { createTenant, type Tenant } from "@/tests/support/factories";
import { PATCH as patchPosition } from "../positions/[id]/route";
import { POST as createPosition, GET as listPositions } from "../positions/route";
import { POST as createInterview, GET as listInterviews } from "./route";

const path = "/api/interviews";

function invite(tenant: Tenant, fields: Record<string, unknown>) {
  return callRoute(createInterview, {
    path,
    token: tenant.token,
    json: {
      positionId: tenant.position.id,
      candidateEmail: `c-${crypto.randomUUID()}@example.com`,
      candidateName: "Casey",
      sendInvitation: false,
      ...fields,
    },
  });
}

async function listIds(tenant: Tenant, query: string) {
  const result = await callRoute(listInterviews, { path: `${path}?${query}`, token: tenant.token });
  expect(result.status).toBe(200);
  return (result.body as { interviews: { id: string }[] }).interviews.map((row) => row.id);
}

describe("external ids on interviews", () => {
  it("accepts the ATS's ids and the candidate's time zone on create and echoes them", async () => {
    const tenant = await createTenant();
    const created = await invite(tenant, {
      externalCandidateId: "  gh-cand-1 ",
      externalApplicationId: "gh-app-1",
      candidateTimeZone: "Asia/Seoul",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      externalCandidateId: "gh-cand-1",
      externalApplicationId: "gh-app-1",
      candidateTimeZone: "Asia/Seoul",
    });
  });

  it.each([
    ["a time zone that is not IANA", { candidateTimeZone: "Mars/Olympus" }],
    ["an external id over 200 characters", { externalCandidateId: "x".repeat(201) }],
  ])("refuses %s with 422", async (_label, fields) => {
    const tenant = await createTenant();
    expect((await invite(tenant, fields)).status).toBe(422);
  });

  it("filters the list by candidate, application and job id, within the workspace only", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const mine = await invite(tenant, { externalCandidateId: "c-1", externalApplicationId: "a-1" });
    await invite(tenant, { externalCandidateId: "c-2", externalApplicationId: "a-2" });
    await invite(other, { externalCandidateId: "c-1", externalApplicationId: "a-1" });
    const mineId = (mine.body as { id: string }).id;

    expect(await listIds(tenant, "externalCandidateId=c-1")).toEqual([mineId]);
    expect(await listIds(tenant, "externalApplicationId=a-1")).toEqual([mineId]);
    expect(await listIds(tenant, "externalCandidateId=c-1&externalApplicationId=a-2")).toEqual([]);

    await callRoute(patchPosition, {
      method: "PATCH",
      token: tenant.token,
      params: { id: tenant.position.id },
      json: { externalJobId: "job-7" },
    });
    await callRoute(patchPosition, {
      method: "PATCH",
      token: other.token,
      params: { id: other.position.id },
      json: { externalJobId: "job-7" },
    });
    expect(await listIds(tenant, "externalJobId=job-7")).toHaveLength(2);
    expect(await listIds(tenant, "externalJobId=job-8")).toEqual([]);
  });
});

describe("external job ids on positions", () => {
  it("takes externalJobId on create and update, echoes it and filters the list by it", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const created = await callRoute(createPosition, {
      path: "/api/positions",
      token: tenant.token,
      json: { title: "SRE", competencies: ["ownership"], externalJobId: " lever-42 " },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ externalJobId: "lever-42" });
    const positionId = (created.body as { id: string }).id;
    await callRoute(createPosition, {
      path: "/api/positions",
      token: other.token,
      json: { title: "SRE", competencies: ["ownership"], externalJobId: "lever-42" },
    });

    const list = async (query: string) => {
      const result = await callRoute(listPositions, {
        path: `/api/positions?${query}`,
        token: tenant.token,
      });
      return (result.body as { positions: { id: string }[] }).positions.map((row) => row.id);
    };
    expect(await list("externalJobId=lever-42")).toEqual([positionId]);

    const cleared = await callRoute(patchPosition, {
      method: "PATCH",
      token: tenant.token,
      params: { id: positionId },
      json: { externalJobId: "" },
    });
    expect(cleared.body).toMatchObject({ externalJobId: null });
    expect(await list("externalJobId=lever-42")).toEqual([]);
  });
});
