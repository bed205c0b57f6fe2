import { describe, expect, it } from "vitest";
import { PUT as putDecision } from "@/app/api/interviews/[id]/decision/route";
import { callRoute } from "@/tests/support/call-route";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { createReportedInterview } from "@/tests/support/review-fixtures";
import { searchInterviews } from "./interview-search";

describe("searchInterviews for the dashboard", () => {
  it("lists reports waiting for a review first, until a decision is recorded", async () => {
    const tenant = await createTenant();
    const waiting = await createReportedInterview(tenant, { needsReview: true });
    const decided = await createReportedInterview(tenant, { needsReview: true });
    const banded = await createReportedInterview(tenant, {
      recommendation: "hire",
      needsReview: false,
    });
    const invited = await createInvitedInterview(tenant);
    await callRoute(putDecision, {
      method: "PUT",
      token: tenant.token,
      params: { id: decided.interview.id },
      json: { decision: "reject", note: "Reviewed." },
    });

    const rows = await searchInterviews({
      companyId: tenant.company.id,
      sort: "newest",
      limit: 10,
      isReviewFirst: true,
    });
    expect(rows.map((row) => [row.id, row.needsReview])).toEqual([
      [waiting.interview.id, true],
      [invited.interview.id, false],
      [banded.interview.id, false],
      [decided.interview.id, false],
    ]);
  });
});
