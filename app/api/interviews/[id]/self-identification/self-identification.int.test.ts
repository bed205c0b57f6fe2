import { eq } from "drizzle-orm";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import ComparePage from "@/app/(recruiter)/(workspace)/positions/[id]/compare/page";
import { GET as exportInterview } from "@/app/api/interviews/[id]/export/route";
import { GET as getReport } from "@/app/api/interviews/[id]/report/route";
import { GET as getReview } from "@/app/api/interviews/[id]/review/route";
import { GET as listCandidates } from "@/app/api/positions/[id]/candidates/route";
import { getDb } from "@/db/client";
import { interviews, selfIdentifications } from "@/db/schema";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createTenant, type Tenant } from "@/tests/support/factories";
import { createReportedInterview } from "@/tests/support/review-fixtures";
import { POST as postSelfIdentification } from "./route";

// The compare page is a server component: it renders here as the member holding this token.
const page = vi.hoisted(() => ({ token: "" }));
vi.mock("@/lib/auth/require-page-user", async () => {
  const { requireMember } = await import("@/lib/auth/require-user");
  return {
    requirePageMember: (allow: Parameters<typeof requireMember>[1]) =>
      requireMember(
        new Request("http://localhost:3000/", {
          headers: { authorization: `Bearer ${page.token}` },
        }),
        allow,
      ),
  };
});

// Values no report, list or export would hold for any other reason.
const answers = { sex: "female", raceEthnicity: "native_hawaiian_or_pacific_islander" } as const;
const markers = [
  "native_hawaiian_or_pacific_islander",
  "Pacific Islander",
  "selfIdentification",
  "raceEthnicity",
];

async function completedInterview(tenant: Tenant) {
  const reported = await createReportedInterview(tenant);
  const db = await getDb();
  await db
    .update(interviews)
    .set({ status: "evaluated", completedAt: new Date(), evaluatedAt: new Date() })
    .where(eq(interviews.id, reported.interview.id));
  return reported;
}

const post = (options: { token: string; id: string; json: unknown }) =>
  callRoute(postSelfIdentification, {
    method: "POST",
    token: options.token,
    params: { id: options.id },
    json: options.json,
  });

async function storedRow(interviewId: string) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(selfIdentifications)
    .where(eq(selfIdentifications.interviewId, interviewId));
  return row;
}

function expectNoSelfIdentification(where: string, body: unknown) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  for (const marker of markers) expect(text, `${where} holds ${marker}`).not.toContain(marker);
}

describe("POST /api/interviews/{id}/self-identification", () => {
  it("stores the candidate's answers apart from the interview, and sending again replaces them", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await completedInterview(tenant);
    const first = await post({ token: inviteToken, id: interview.id, json: answers });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ selfIdentification: answers });
    expect(await storedRow(interview.id)).toMatchObject({
      ...answers,
      companyId: tenant.company.id,
      positionId: tenant.position.id,
    });
    // Every field is optional: a field left out is stored blank.
    const second = await post({ token: inviteToken, id: interview.id, json: { sex: "decline" } });
    expect(second.body).toEqual({ selfIdentification: { sex: "decline", raceEthnicity: null } });
    expect(await storedRow(interview.id)).toMatchObject({ sex: "decline", raceEthnicity: null });
    const empty = await post({ token: inviteToken, id: interview.id, json: {} });
    expect(empty.status).toBe(200);
  });

  it("answers 409 before the interview is over and stores nothing", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createReportedInterview(tenant);
    const result = await post({ token: inviteToken, id: interview.id, json: answers });
    expect(result.status).toBe(409);
    expect(errorCode(result)).toBe("conflict");
    expect(await storedRow(interview.id)).toBeUndefined();
  });

  it("answers 422 to a category outside the EEO-1 lists or an unknown field", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await completedInterview(tenant);
    for (const json of [{ sex: "other" }, { raceEthnicity: "martian" }, { age: 40 }, { sex: 1 }]) {
      const result = await post({ token: inviteToken, id: interview.id, json });
      expect(result.status, JSON.stringify(json)).toBe(422);
    }
    expect(await storedRow(interview.id)).toBeUndefined();
  });

  it("refuses the workspace's own owner: only the candidate answers for themselves", async () => {
    const tenant = await createTenant();
    const { interview } = await completedInterview(tenant);
    const result = await post({ token: tenant.token, id: interview.id, json: answers });
    expect(result.status).toBe(403);
    expect(await storedRow(interview.id)).toBeUndefined();
  });
});

describe("self-identification never reaches the reviewers", () => {
  it("is in neither the report, the review, the candidates list, the compare page nor the company's export, only in the candidate's own export", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await completedInterview(tenant);
    expect((await post({ token: inviteToken, id: interview.id, json: answers })).status).toBe(200);
    const asOwner = { token: tenant.token, params: { id: interview.id } };

    const report = await callRoute(getReport, asOwner);
    expect(report.status).toBe(200);
    expectNoSelfIdentification("the report", report.body);
    const review = await callRoute(getReview, asOwner);
    expect(review.status).toBe(200);
    expectNoSelfIdentification("the review", review.body);
    const candidates = await callRoute(listCandidates, {
      token: tenant.token,
      params: { id: tenant.position.id },
    });
    expect(JSON.stringify(candidates.body)).toContain(interview.id);
    expectNoSelfIdentification("the candidates list", candidates.body);

    page.token = tenant.token;
    const html = renderToStaticMarkup(
      await ComparePage({
        params: Promise.resolve({ id: tenant.position.id }),
        searchParams: Promise.resolve({}),
      }),
    );
    expect(html).toContain(interview.candidateName);
    expectNoSelfIdentification("the compare page", html);

    const companyExport = await callRoute(exportInterview, asOwner);
    expect(companyExport.status).toBe(200);
    expect(JSON.stringify(companyExport.body)).toContain(interview.candidateEmail);
    expectNoSelfIdentification("the company's export", companyExport.body);

    const ownExport = await callRoute(exportInterview, {
      token: inviteToken,
      params: { id: interview.id },
    });
    expect(ownExport.status).toBe(200);
    expect((ownExport.body as { selfIdentification: unknown }).selfIdentification).toEqual(answers);
  });

  it("gives the candidate's export a null self-identification when they skipped it", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await completedInterview(tenant);
    const ownExport = await callRoute(exportInterview, {
      token: inviteToken,
      params: { id: interview.id },
    });
    expect((ownExport.body as { selfIdentification: unknown }).selfIdentification).toBeNull();
  });
});
