import { describe, expect, it } from "vitest";
import { buildDecisionRecord, type DecisionFacts } from "./build-decision-record";

const facts: DecisionFacts = {
  companyId: "company-1",
  positionId: "position-1",
  interviewIdHash: "hash",
  aiScoring: false,
  noticeHash: "notice-hash",
  accommodationGrant: {
    kinds: ["more_time", "other"],
    answerTimeMultiplier: 2,
    note: "Needs a screen reader, says Casey",
    grantedAt: "2026-03-01T00:00:00Z",
    grantedByUserId: "user-1",
  },
  decision: { value: "reject", decidedAt: new Date("2026-03-05T00:00:00Z") },
  rubricVersions: ["v2", "v1"],
  counts: { answers: 3, evaluations: 0, overrides: 0, humanScores: 6, contests: 1, signals: 2 },
  audit: [],
  runs: [],
  auditRetentionMonths: 24,
  erasedAt: new Date("2026-12-07T00:00:00Z"),
};

describe("buildDecisionRecord", () => {
  it("counts granted accommodations per kind, leaves their note behind and names the opt-out", () => {
    const record = buildDecisionRecord(facts);
    expect(record).toMatchObject({
      decision: "reject",
      aiScoring: "opted_out",
      rubricVersions: ["v1", "v2"],
      noticeHash: "notice-hash",
      counts: {
        answers: 3,
        humanScores: 6,
        contests: 1,
        signals: 2,
        auditEvents: 0,
        jobRuns: 0,
        accommodation_more_time: 1,
        accommodation_other: 1,
      },
    });
    expect(JSON.stringify(record)).not.toContain("screen reader");
    expect(record.retainUntil?.toISOString()).toBe("2028-03-05T00:00:00.000Z");
  });

  it("keeps a record of an interview never decided, retained from the erase", () => {
    const record = buildDecisionRecord({ ...facts, decision: null, aiScoring: true });
    expect(record).toMatchObject({ decision: null, decidedAt: null, aiScoring: "enabled" });
    expect(record.retainUntil?.toISOString()).toBe("2028-12-07T00:00:00.000Z");
  });
});
