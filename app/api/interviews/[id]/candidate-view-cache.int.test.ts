import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { companies, positions } from "@/db/schema";
import type { CandidateView } from "@/lib/interviews/schemas";
import { callRoute } from "@/tests/support/call-route";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { PATCH as patchCompany } from "../../companies/[id]/route";
import { PATCH as patchPosition } from "../../positions/[id]/route";
import { POST as consent } from "./recordings/consent/route";
import { GET as getInterview } from "./route";
import { POST as start } from "./start/route";

async function setUp() {
  const tenant = await createTenant();
  const { interview, inviteToken } = await createInvitedInterview(tenant);
  const readView = async () => {
    const result = await callRoute(getInterview, {
      token: inviteToken,
      params: { id: interview.id },
    });
    expect(result.status).toBe(200);
    return result.body as CandidateView;
  };
  return { tenant, interview, inviteToken, readView };
}

describe("the candidate's view is read through the cache and never outlives a write", () => {
  it("serves company and position from the cache: a change behind the app's back is not seen", async () => {
    const { tenant, readView } = await setUp();
    const first = await readView();
    const db = await getDb();
    await db
      .update(companies)
      .set({ name: "Renamed in SQL" })
      .where(eq(companies.id, tenant.company.id));
    await db
      .update(positions)
      .set({ title: "Retitled in SQL" })
      .where(eq(positions.id, tenant.position.id));
    const second = await readView();
    expect(second.company.name).toBe(first.company.name);
    expect(second.position.title).toBe(first.position.title);
  });

  it("shows a company edit and a position edit at once", async () => {
    const { tenant, readView } = await setUp();
    await readView();
    const company = await callRoute(patchCompany, {
      method: "PATCH",
      token: tenant.token,
      params: { id: tenant.company.id },
      json: { name: "Acme Renamed", recordingMode: "audio" },
    });
    expect(company.status).toBe(200);
    const position = await callRoute(patchPosition, {
      method: "PATCH",
      token: tenant.token,
      params: { id: tenant.position.id },
      json: { title: "Staff Engineer", answerSeconds: 120 },
    });
    expect(position.status).toBe(200);
    const view = await readView();
    expect(view.company).toMatchObject({ name: "Acme Renamed", recordingMode: "audio" });
    expect(view.position).toMatchObject({ title: "Staff Engineer", answerSeconds: 120 });
  });

  it("shows the start and the recording consent at once", async () => {
    const { tenant, interview, inviteToken, readView } = await setUp();
    const params = { id: interview.id };
    await callRoute(patchCompany, {
      method: "PATCH",
      token: tenant.token,
      params: { id: tenant.company.id },
      json: { recordingMode: "audio" },
    });
    expect(await readView()).toMatchObject({ status: "invited", recordingConsentedAt: null });
    expect((await callRoute(consent, { method: "POST", token: inviteToken, params })).status).toBe(
      200,
    );
    expect((await callRoute(start, { method: "POST", token: inviteToken, params })).status).toBe(
      200,
    );
    const view = await readView();
    expect(view.status).toBe("in_progress");
    expect(view.startedAt).not.toBeNull();
    expect(view.recordingConsentedAt).not.toBeNull();
    expect(view.questionCount).toBe(3);
  });
});
