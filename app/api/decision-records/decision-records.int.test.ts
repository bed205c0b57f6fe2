import { describe, expect, it, vi } from "vitest";
import { eraseInterviewData } from "@/lib/data-rights/erase-interview-data";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createInterviewWithEverything } from "@/tests/support/data-rights-fixtures";
import { addTeammate, createTenant } from "@/tests/support/factories";
import { GET as listDecisionRecords } from "./route";

await vi.hoisted(async () => {
  const fs = await import("node:fs/promises");
  const os = await import("node:os");
  const path = await import("node:path");
  process.env.RECORDINGS_DIR = await fs.mkdtemp(path.join(os.tmpdir(), "decision-records-api-"));
});

const find = (token: string, query: string) =>
  callRoute(listDecisionRecords, { token, path: `/api/decision-records?${query}` });

describe("GET /api/decision-records", () => {
  it("finds an erased interview's record by the id an auditor holds, in the caller's workspace only", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const { interview } = await createInterviewWithEverything(tenant);
    await eraseInterviewData({
      interviewId: interview.id,
      companyId: tenant.company.id,
      requestedByUserId: tenant.recruiter.id,
      reason: "request",
    });

    const admin = await addTeammate(tenant, "admin");
    const found = await find(admin.token, `interviewId=${interview.id}`);
    expect(found.status).toBe(200);
    const body = found.body as { interviewIdHash: string; records: Record<string, unknown>[] };
    expect(body.records).toHaveLength(1);
    expect(body.records[0]).toMatchObject({
      interviewIdHash: body.interviewIdHash,
      positionId: tenant.position.id,
      decision: "advance",
      aiScoring: "enabled",
    });
    expect(JSON.stringify(body)).not.toContain(interview.candidateEmail);

    const elsewhere = await find(other.token, `interviewId=${interview.id}`);
    expect(elsewhere.body).toMatchObject({ records: [] });
    const unknown = await find(tenant.token, `interviewId=${crypto.randomUUID()}`);
    expect(unknown.body).toMatchObject({ records: [] });
  });

  it("refuses recruiters (403) and a missing or malformed id (422)", async () => {
    const tenant = await createTenant();
    const recruiter = await addTeammate(tenant, "recruiter");
    const refused = await find(recruiter.token, `interviewId=${crypto.randomUUID()}`);
    expect(refused.status).toBe(403);
    for (const query of ["", "interviewId=not-a-uuid", `interviewId=${crypto.randomUUID()}&x=1`]) {
      const result = await find(tenant.token, query);
      expect(result.status, query).toBe(422);
      expect(errorCode(result)).toBeDefined();
    }
  });
});
