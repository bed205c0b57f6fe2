import { describe, expect, it } from "vitest";
import { GET as getWorkspaceReport } from "@/app/api/adverse-impact/route";
import type {
  AdverseImpactReport,
  ImpactTableView,
} from "@/lib/compliance/adverse-impact/report-view";
import { createPosition } from "@/lib/db/positions";
import { insertSyntheticOutcomes } from "@/tests/support/adverse-impact-fixtures";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { addTeammate, createTenant } from "@/tests/support/factories";
import { GET as getPositionReport } from "./route";

const range = "from=2026-11-01&to=2026-11-30";

function row(table: ImpactTableView, category: string) {
  const found = table.rows.find((candidate) => candidate.category === category);
  if (!found) throw new Error(`no row ${category}`);
  return found;
}

/**
 * 31 decided interviews in November on the position, worked out by hand:
 * sex: female 11 (3 advanced), male 15 (10), unknown 5 (2) → female 3/11 ÷ 10/15 = 9/22;
 * race: white 14 (8), asian 10 (4) → 4/10 ÷ 8/14 = 0.7; black 2 → too few;
 * intersections: male white 6/8 is highest; female white 2/6 → 4/9, female asian 1/5 → 4/15,
 * male asian 3/5 → exactly 0.8 (not flagged).
 * Besides: one "hold" (no decision yet, but scored 50), one advanced in September (out of range).
 */
async function buildWorld() {
  const tenant = await createTenant();
  await insertSyntheticOutcomes(tenant, [
    { count: 6, sex: "female", raceEthnicity: "white", advanced: 2 },
    { count: 5, sex: "female", raceEthnicity: "asian", advanced: 1 },
    { count: 8, sex: "male", raceEthnicity: "white", advanced: 6 },
    { count: 5, sex: "male", raceEthnicity: "asian", advanced: 3 },
    { count: 2, sex: "male", raceEthnicity: "black_or_african_american", advanced: 1 },
    { count: 3, sex: "decline", raceEthnicity: "decline", advanced: 1 },
    { count: 2, sex: null, raceEthnicity: null, advanced: 1, isUnanswered: true },
    { count: 1, sex: "male", raceEthnicity: "white", advanced: 0, otherDecision: "hold" },
    {
      count: 1,
      sex: "female",
      raceEthnicity: "white",
      advanced: 1,
      completedAt: new Date("2026-09-01T12:00:00Z"),
    },
  ]);
  const other = await createPosition({
    companyId: tenant.company.id,
    title: "Data Engineer",
    competencies: ["communication"],
    language: "en",
  });
  await insertSyntheticOutcomes(
    tenant,
    [{ count: 5, sex: "female", raceEthnicity: "hispanic_or_latino", advanced: 5 }],
    { positionId: other.id },
  );
  return { tenant, otherPositionId: other.id };
}

const getPosition = (options: { token: string; id: string; query?: string; csv?: boolean }) =>
  callRoute(getPositionReport, {
    token: options.token,
    params: { id: options.id },
    path: `/api/positions/${options.id}/adverse-impact?${options.query ?? range}`,
    headers: options.csv ? { accept: "text/csv" } : undefined,
  });

describe("GET /api/positions/{id}/adverse-impact", () => {
  it("gives the exact selection rates and impact ratios of a dataset with known counts", async () => {
    const { tenant } = await buildWorld();
    const result = await getPosition({ token: tenant.token, id: tenant.position.id });
    expect(result.status).toBe(200);
    expect(result.headers.get("cache-control")).toBe("no-store");
    const report = result.body as AdverseImpactReport;
    expect(report).toMatchObject({ from: "2026-11-01", to: "2026-11-30", threshold: 70 });
    const { decisions } = report;
    expect(decisions).toMatchObject({ total: 31, selected: 15 });

    expect(row(decisions.sex, "female")).toMatchObject({ applicants: 11, selected: 3 });
    expect(row(decisions.sex, "female").selectionRate).toBeCloseTo(3 / 11, 12);
    expect(row(decisions.sex, "female").impactRatio).toBeCloseTo(9 / 22, 12);
    expect(row(decisions.sex, "female").belowFourFifths).toBe(true);
    expect(row(decisions.sex, "male")).toMatchObject({
      applicants: 15,
      selected: 10,
      impactRatio: 1,
    });
    expect(row(decisions.sex, "unknown")).toMatchObject({
      applicants: 5,
      selected: 2,
      label: "Unknown",
      impactRatio: null,
    });

    expect(row(decisions.raceEthnicity, "white")).toMatchObject({ applicants: 14, selected: 8 });
    expect(row(decisions.raceEthnicity, "asian").impactRatio).toBeCloseTo(0.7, 12);
    expect(row(decisions.raceEthnicity, "asian").belowFourFifths).toBe(true);

    const intersections = decisions.intersectional;
    expect(intersections.highestRate).toBe(0.75);
    expect(row(intersections, "female:white").impactRatio).toBeCloseTo(4 / 9, 12);
    expect(row(intersections, "female:asian").impactRatio).toBeCloseTo(4 / 15, 12);
    expect(row(intersections, "male:asian")).toMatchObject({
      impactRatio: 0.8,
      belowFourFifths: false,
      label: "Asian Male",
    });
    expect(row(intersections, "unknown")).toMatchObject({ applicants: 5, selected: 2 });
  });

  it("shows a category of fewer than 5 people as too few, counted and left out of the ratios", async () => {
    const { tenant } = await buildWorld();
    const report = (await getPosition({ token: tenant.token, id: tenant.position.id }))
      .body as AdverseImpactReport;
    for (const [table, category] of [
      [report.decisions.raceEthnicity, "black_or_african_american"],
      [report.decisions.intersectional, "male:black_or_african_american"],
    ] as const) {
      expect(row(table, category)).toMatchObject({
        applicants: 2,
        selected: 1,
        isTooFew: true,
        selectionRate: null,
        impactRatio: null,
        belowFourFifths: false,
      });
    }
    // Black's 1/2 would otherwise be the highest race rate (above white's 8/14).
    expect(report.decisions.raceEthnicity.highestRate).toBeCloseTo(8 / 14, 12);
  });

  it("counts scores at or above the threshold over the scored, the held interview included", async () => {
    const { tenant } = await buildWorld();
    const report = (await getPosition({ token: tenant.token, id: tenant.position.id }))
      .body as AdverseImpactReport;
    // Advanced interviews scored 80, the rest 50: the same as the decisions plus the one on hold.
    expect(report.scores).toMatchObject({ total: 32, selected: 15 });
    expect(row(report.scores.sex, "male")).toMatchObject({ applicants: 16, selected: 10 });
    expect(row(report.scores.sex, "female").impactRatio).toBeCloseTo(3 / 11 / (10 / 16), 12);
    const strict = (
      await getPosition({
        token: tenant.token,
        id: tenant.position.id,
        query: `${range}&threshold=85`,
      })
    ).body as AdverseImpactReport;
    expect(strict.threshold).toBe(85);
    expect(strict.scores.selected).toBe(0);
    expect(strict.scores.sex.rows.every((r) => r.impactRatio === null)).toBe(true);
  });

  it("gives the same figures as a CSV in the audit's layout, as an attachment", async () => {
    const { tenant } = await buildWorld();
    const result = await getPosition({ token: tenant.token, id: tenant.position.id, csv: true });
    expect(result.status).toBe(200);
    expect(result.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(result.headers.get("content-disposition")).toBe(
      `attachment; filename="adverse-impact-position-${tenant.position.id}-2026-11-01-2026-11-30.csv"`,
    );
    const lines = String(result.body).split("\r\n");
    const section = (title: string) => {
      const start = lines.indexOf(title);
      expect(start).toBeGreaterThan(-1);
      return lines.slice(start + 1, lines.indexOf("", start));
    };
    expect(section("Decisions by sex")).toEqual([
      "Category,Number of applicants,Number selected,Selection rate,Impact ratio,Note",
      "Female,11,3,0.273,0.409,below four-fifths (80 %) of the highest rate",
      "Male,15,10,0.667,1.000,",
      'Unknown,5,2,,,"declined or left blank: counted, excluded from the ratios"',
    ]);
    const race = section("Decisions by race/ethnicity");
    expect(race).toContain("Asian,10,4,0.400,0.700,below four-fifths (80 %) of the highest rate");
    expect(race).toContain(
      'Black or African American,2,1,too few,too few,"too few: under 5 people or 2 % of the total, excluded from the ratios"',
    );
    const intersections = section("Decisions by intersectional category (race/ethnicity and sex)");
    expect(intersections).toContain("Asian Male,5,3,0.600,0.800,");
    expect(intersections).toContain(
      "White Female,6,2,0.333,0.444,below four-fifths (80 %) of the highest rate",
    );
    expect(section("Scores by sex")).toContain("Male,16,10,0.625,1.000,");
  });

  it("answers 422 to a range that is not dates, runs backwards or spans more than 3 years", async () => {
    const { tenant } = await buildWorld();
    for (const query of [
      "from=2026-13-01&to=2026-12-01",
      "from=yesterday",
      "from=2026-11-30&to=2026-11-01",
      "from=2022-01-01&to=2025-01-02",
      "threshold=101",
      "colour=red",
    ]) {
      const result = await getPosition({ token: tenant.token, id: tenant.position.id, query });
      expect(result.status, query).toBe(422);
      expect(errorCode(result)).toBe("unprocessable_entity");
    }
    const threeYears = await getPosition({
      token: tenant.token,
      id: tenant.position.id,
      query: "from=2022-01-01&to=2025-01-01",
    });
    expect(threeYears.status).toBe(200);
  });

  it("refuses a recruiter, and answers 404 for another workspace's position", async () => {
    const { tenant } = await buildWorld();
    const recruiter = await addTeammate(tenant, "recruiter");
    const refused = await getPosition({ token: recruiter.token, id: tenant.position.id });
    expect(refused.status).toBe(403);
    const other = await createTenant();
    const hidden = await getPosition({ token: other.token, id: tenant.position.id });
    expect(hidden.status).toBe(404);
  });
});

describe("GET /api/adverse-impact", () => {
  it("counts every position of the workspace and no other workspace's", async () => {
    const { tenant } = await buildWorld();
    const admin = await addTeammate(tenant, "admin");
    const result = await callRoute(getWorkspaceReport, {
      token: admin.token,
      path: `/api/adverse-impact?${range}`,
    });
    expect(result.status).toBe(200);
    const report = result.body as AdverseImpactReport;
    expect(report.position).toBeNull();
    expect(report.decisions).toMatchObject({ total: 36, selected: 20 });
    expect(row(report.decisions.sex, "female")).toMatchObject({ applicants: 16, selected: 8 });
    expect(row(report.decisions.raceEthnicity, "hispanic_or_latino")).toMatchObject({
      applicants: 5,
      selectionRate: 1,
      impactRatio: 1,
    });
    const stranger = await createTenant();
    const theirs = await callRoute(getWorkspaceReport, {
      token: stranger.token,
      path: `/api/adverse-impact?${range}`,
    });
    expect((theirs.body as AdverseImpactReport).decisions.total).toBe(0);
  });

  it("sends the workspace's CSV to a plain link's format=csv, with a file name of its range", async () => {
    const { tenant } = await buildWorld();
    const result = await callRoute(getWorkspaceReport, {
      token: tenant.token,
      path: `/api/adverse-impact?${range}&format=csv`,
      headers: { accept: "text/html" },
    });
    expect(result.headers.get("content-disposition")).toBe(
      'attachment; filename="adverse-impact-workspace-2026-11-01-2026-11-30.csv"',
    );
    expect(String(result.body)).toContain("Adverse-impact report,All positions");
  });
});
