import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { reports } from "@/db/schema";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { replaceCopyReviewReasons } from "./report-copy-review";
import { saveReport } from "./reports";

const copyReason =
  "Question 1, follow-up 1: possible copy — 80 % of its wording matches another candidate's answer.";

async function modelReport(reviewReasons: string[]) {
  const tenant = await createTenant();
  const { interview } = await createInvitedInterview(tenant);
  await saveReport({
    interviewId: interview.id,
    overallScore: 75,
    competencyScores: [],
    summary: "Test report.",
    recommendation: reviewReasons.length > 0 ? "needs_review" : "hire",
    needsReview: reviewReasons.length > 0,
    reviewReasons,
    provider: "openai",
    model: "gpt-test",
  });
  const read = async () => {
    const db = await getDb();
    const [row] = await db.select().from(reports).where(eq(reports.interviewId, interview.id));
    return row;
  };
  return { interviewId: interview.id, read };
}

describe("replaceCopyReviewReasons", () => {
  it("puts a model's 'hire' in needs_review for a copy, and gives the band back once no copy is left", async () => {
    const { interviewId, read } = await modelReport([]);
    expect(await replaceCopyReviewReasons({ interviewId, reasons: [copyReason] })).toEqual({
      updated: true,
    });
    expect(await read()).toMatchObject({
      needsReview: true,
      recommendation: "needs_review",
      reviewReasons: [copyReason],
      overallScore: 75,
    });
    // The same reasons again: nothing to write.
    expect(await replaceCopyReviewReasons({ interviewId, reasons: [copyReason] })).toEqual({
      updated: false,
    });
    await replaceCopyReviewReasons({ interviewId, reasons: [] });
    expect(await read()).toMatchObject({
      needsReview: false,
      recommendation: "hire",
      reviewReasons: [],
    });
  });

  it("replaces only its own reasons: an answer's flag keeps the report in needs_review", async () => {
    const answerReason = "Question 2: a sentence addressed the grader.";
    const { interviewId, read } = await modelReport([answerReason]);
    await replaceCopyReviewReasons({ interviewId, reasons: [copyReason] });
    expect((await read())?.reviewReasons).toEqual([answerReason, copyReason]);
    await replaceCopyReviewReasons({ interviewId, reasons: [] });
    expect(await read()).toMatchObject({
      needsReview: true,
      recommendation: "needs_review",
      reviewReasons: [answerReason],
    });
  });

  it("does nothing before the report exists", async () => {
    const tenant = await createTenant();
    const { interview } = await createInvitedInterview(tenant);
    expect(
      await replaceCopyReviewReasons({ interviewId: interview.id, reasons: [copyReason] }),
    ).toEqual({ updated: false });
  });
});
