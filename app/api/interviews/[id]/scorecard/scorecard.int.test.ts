import { describe, expect, it } from "vitest";
import { humanScorecardEntries, reviewAudit } from "@/db/schema";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { countRows } from "@/tests/support/count-rows";
import { createTenant, type Tenant } from "@/tests/support/factories";
import { completeScoredInterview, spokenAnswers } from "@/tests/support/human-scorecard-fixtures";
import { GET as listCandidates } from "../../../positions/[id]/candidates/route";
import { GET as getReview } from "../review/route";
import { GET as getScorecard, PUT as putScorecard } from "./route";

type Scorecard = {
  competencies: {
    competency: string;
    questionCount: number;
    rubricVersion: string;
    humanScore: number | null;
    criteria: {
      key: string;
      anchors: Record<string, string>;
      points: number | null;
      quote: string;
    }[];
  }[];
  scoredCriteria: number;
  totalCriteria: number;
  isComplete: boolean;
  humanOverallScore: number | null;
  hireBand: string;
};

const put = (tenant: Tenant, params: { id: string }, entries: unknown[]) =>
  callRoute(putScorecard, { method: "PUT", token: tenant.token, params, json: { entries } });

const scorecardOf = (result: { body: unknown }) =>
  (result.body as { scorecard: Scorecard }).scorecard;

const ownershipQuote = "rolled it back myself"; // from the second ownership answer
const communicationQuote = "one picture first";

describe("GET and PUT /api/interviews/{id}/scorecard", () => {
  it("lists each competency's rubric criteria with their anchors, a human rubric version, and nothing scored yet", async () => {
    const tenant = await createTenant();
    const { params } = await completeScoredInterview(tenant, { aiScoring: false });
    const result = await callRoute(getScorecard, { token: tenant.token, params });
    expect(result.status).toBe(200);
    const scorecard = scorecardOf(result);
    expect(
      scorecard.competencies.map((row) => [row.competency, row.questionCount, row.criteria.length]),
    ).toEqual([
      ["ownership", 2, 3],
      ["communication", 1, 3],
    ]);
    expect(scorecard.competencies[0]?.criteria[0]?.anchors).toEqual({
      "1": "No scope.",
      "3": "Some scope, in general terms.",
      "5": "Clear scope with specifics.",
    });
    expect(scorecard.competencies[0]?.rubricVersion).toMatch(/^rv-[0-9a-f]{16}$/);
    expect(scorecard).toMatchObject({
      scoredCriteria: 0,
      totalCriteria: 6,
      isComplete: false,
      humanOverallScore: null,
      hireBand: "incomplete",
    });
  });

  it("computes competencies and the overall as the AI path does, and a band only once complete (checked by hand)", async () => {
    const tenant = await createTenant();
    const { params } = await completeScoredInterview(tenant, { aiScoring: false });
    const ownership = [
      { criterionKey: "scope", points: 5 },
      { criterionKey: "own_action", points: 4 },
      { criterionKey: "outcome", points: 2 },
    ].map((entry) => ({ ...entry, competency: "ownership", quote: ownershipQuote }));
    const communication = [
      { criterionKey: "structure", points: 3 },
      { criterionKey: "clarity", points: 3 },
    ].map((entry) => ({ ...entry, competency: "communication", quote: communicationQuote }));

    const partial = await put(tenant, params, [...ownership, ...communication]);
    expect(partial.status).toBe(200);
    // Ownership: 5, 4, 2 → 100, 75, 25 → mean 66.67 → 67. Communication lacks a criterion.
    expect(scorecardOf(partial)).toMatchObject({
      scoredCriteria: 5,
      isComplete: false,
      humanOverallScore: null,
      hireBand: "incomplete",
    });
    expect(scorecardOf(partial).competencies.map((row) => row.humanScore)).toEqual([67, null]);

    const complete = await put(tenant, params, [
      // Whitespace differs from the transcript: the evidence check's normalisation accepts it.
      {
        competency: "communication",
        criterionKey: "audience",
        points: 4,
        quote: "  one   picture\nfirst ",
      },
    ]);
    expect(complete.status).toBe(200);
    const scorecard = scorecardOf(complete);
    // Communication: 3, 3, 4 → 50, 50, 75 → 58.33 → 58. Overall weighted by questions (2 and 1):
    // (67 × 2 + 58 × 1) / 3 = 64 → lean_hire (55 to 69).
    expect(scorecard.competencies.map((row) => row.humanScore)).toEqual([67, 58]);
    expect(scorecard).toMatchObject({
      scoredCriteria: 6,
      isComplete: true,
      humanOverallScore: 64,
      hireBand: "lean_hire",
    });
    expect(scorecard.competencies[1]?.criteria[2]?.quote).toBe("one picture first");

    // The position's candidates API lists them apart, with the human overall, never as AI-scored.
    const listed = await callRoute(listCandidates, {
      token: tenant.token,
      params: { id: tenant.position.id },
    });
    const body = listed.body as {
      candidates: { interviewId: string }[];
      humanScorecardCandidates: { interviewId: string; humanOverallScore: number | null }[];
    };
    expect(body.candidates.map((row) => row.interviewId)).not.toContain(params.id);
    expect(body.humanScorecardCandidates).toEqual([
      expect.objectContaining({ interviewId: params.id, humanOverallScore: 64 }),
    ]);
  });

  it("records each change in the audit trail, and the same points and quote again as no change", async () => {
    const tenant = await createTenant();
    const { params } = await completeScoredInterview(tenant, { aiScoring: false });
    const entry = {
      competency: "ownership",
      criterionKey: "scope",
      points: 4,
      quote: ownershipQuote,
    };
    expect((await put(tenant, params, [entry])).status).toBe(200);
    expect((await put(tenant, params, [entry])).status).toBe(200);
    expect((await put(tenant, params, [{ ...entry, points: 2 }])).status).toBe(200);
    const review = await callRoute(getReview, { token: tenant.token, params });
    const audit = (
      review.body as {
        audit: { action: string; subject: string; before: unknown; after: unknown }[];
      }
    ).audit.filter((row) => row.action === "set_scorecard_points");
    expect(audit.map((row) => [row.subject, row.before, row.after])).toEqual([
      [
        "ownership: Scope",
        { points: 4, quote: ownershipQuote },
        { points: 2, quote: ownershipQuote },
      ],
      ["ownership: Scope", null, { points: 4, quote: ownershipQuote }],
    ]);
  });

  it("refuses points outside 1–5, unknown criteria and quotes the candidate did not say, writing nothing", async () => {
    const tenant = await createTenant();
    const { params } = await completeScoredInterview(tenant, { aiScoring: false });
    const entry = {
      competency: "ownership",
      criterionKey: "scope",
      points: 3,
      quote: ownershipQuote,
    };
    const entriesBefore = await countRows(humanScorecardEntries);
    const auditBefore = await countRows(reviewAudit);
    const refusals: [unknown[], string][] = [
      [[{ ...entry, points: 0 }], "unprocessable_entity"],
      [[{ ...entry, points: 6 }], "unprocessable_entity"],
      [[{ ...entry, points: 2.5 }], "unprocessable_entity"],
      [[{ ...entry, criterionKey: "charisma" }], "unprocessable_entity"],
      [[entry, { ...entry, points: 4 }], "unprocessable_entity"],
      [[{ ...entry, quote: "I single-handedly saved the company" }], "quote_not_in_answer"],
      // Words of the communication answer do not back an ownership point.
      [[{ ...entry, quote: communicationQuote }], "quote_not_in_answer"],
      [[{ ...entry, quote: "" }], "quote_not_in_answer"],
      // One bad entry refuses the whole request.
      [
        [
          { ...entry, criterionKey: "outcome" },
          { ...entry, quote: spokenAnswers[2] },
        ],
        "quote_not_in_answer",
      ],
    ];
    for (const [entries, code] of refusals) {
      const result = await put(tenant, params, entries);
      expect(result.status, JSON.stringify(entries)).toBe(422);
      expect(errorCode(result)).toBe(code);
    }
    expect(await countRows(humanScorecardEntries)).toBe(entriesBefore);
    expect(await countRows(reviewAudit)).toBe(auditBefore);
  });

  it("answers 409 on an AI-scored interview and on one not over yet", async () => {
    const tenant = await createTenant();
    const scoredByAi = await completeScoredInterview(tenant, { aiScoring: true });
    const notOver = await completeScoredInterview(tenant, { aiScoring: false, complete: false });
    const entry = {
      competency: "ownership",
      criterionKey: "scope",
      points: 3,
      quote: ownershipQuote,
    };
    for (const { params } of [scoredByAi, notOver]) {
      const read = await callRoute(getScorecard, { token: tenant.token, params });
      expect(read.status).toBe(409);
      expect(errorCode(read)).toBe("conflict");
      const write = await put(tenant, params, [entry]);
      expect(write.status).toBe(409);
    }
  });
});
