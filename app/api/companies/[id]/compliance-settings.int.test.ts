import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { companies } from "@/db/schema";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { addTeammate, createTenant } from "@/tests/support/factories";
import { GET as getCompany, PATCH as patchCompany } from "./route";

async function readSettings(id: string) {
  const [row] = await (await getDb())
    .select({
      noticeLeadDays: companies.noticeLeadDays,
      explanationAccess: companies.explanationAccess,
      contestDueDays: companies.contestDueDays,
      auditRetentionMonths: companies.auditRetentionMonths,
    })
    .from(companies)
    .where(eq(companies.id, id));
  return row ?? null;
}

const patch = (token: string, id: string, json: object) =>
  callRoute(patchCompany, { method: "PATCH", token, params: { id }, json });

const defaults = {
  noticeLeadDays: 0,
  explanationAccess: "after_decision",
  contestDueDays: 30,
  auditRetentionMonths: 12,
};

describe("the compliance settings on /api/companies/{id}", () => {
  it("start at their defaults, are saved by an owner and an admin, and a later GET shows them", async () => {
    const tenant = await createTenant();
    const id = tenant.company.id;
    const read = await callRoute(getCompany, { token: tenant.token, params: { id } });
    expect(read.body).toMatchObject(defaults);

    const owner = await patch(tenant.token, id, {
      noticeLeadDays: 10,
      explanationAccess: "after_completion",
    });
    expect(owner.status).toBe(200);
    const admin = await addTeammate(tenant, "admin");
    const byAdmin = await patch(admin.token, id, { contestDueDays: 14, auditRetentionMonths: 6 });
    expect(byAdmin.status).toBe(200);
    const expected = {
      noticeLeadDays: 10,
      explanationAccess: "after_completion",
      contestDueDays: 14,
      auditRetentionMonths: 6,
    };
    expect(byAdmin.body).toMatchObject(expected);
    expect(await readSettings(id)).toEqual(expected);
    const again = await callRoute(getCompany, { token: tenant.token, params: { id } });
    expect(again.body).toMatchObject(expected);
  });

  it.each(["recruiter", "evaluator"] as const)(
    "refuses the %s role with 403 and leaves the settings as they were",
    async (role) => {
      const tenant = await createTenant();
      const teammate = await addTeammate(tenant, role);
      const result = await patch(teammate.token, tenant.company.id, { auditRetentionMonths: 6 });
      expect(result.status).toBe(403);
      expect(await readSettings(tenant.company.id)).toEqual(defaults);
    },
  );

  it("answers 404 to an owner of another workspace", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const result = await patch(other.token, tenant.company.id, { noticeLeadDays: 10 });
    expect(result.status).toBe(404);
    expect(await readSettings(tenant.company.id)).toEqual(defaults);
  });

  it.each([
    ["noticeLeadDays", 0, 30],
    ["contestDueDays", 1, 90],
    ["auditRetentionMonths", 6, 120],
  ] as const)("takes %s from %i to %i and nothing outside", async (field, min, max) => {
    const tenant = await createTenant();
    const id = tenant.company.id;
    for (const refused of [min - 1, max + 1, min + 0.5, String(max), null]) {
      const result = await patch(tenant.token, id, { [field]: refused });
      expect(result.status, `${field}: ${refused}`).toBe(422);
      expect(errorCode(result)).toBeDefined();
    }
    expect(await readSettings(id)).toEqual(defaults);
    for (const accepted of [min, max]) {
      const result = await patch(tenant.token, id, { [field]: accepted });
      expect(result.status).toBe(200);
      expect((await readSettings(id))?.[field]).toBe(accepted);
    }
  });

  it("refuses an explanation access that does not exist", async () => {
    const tenant = await createTenant();
    const result = await patch(tenant.token, tenant.company.id, { explanationAccess: "never" });
    expect(result.status).toBe(422);
    expect(await readSettings(tenant.company.id)).toEqual(defaults);
  });
});
