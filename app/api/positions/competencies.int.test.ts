import { describe, expect, it } from "vitest";
import { positions } from "@/db/schema";
import type { CompetencyCoverage } from "@/lib/competencies/schemas";
import { getDefaultRubric } from "@/lib/rubrics/default-rubrics";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { countRows } from "@/tests/support/count-rows";
import { createTenant } from "@/tests/support/factories";
import { GET as getPosition, PATCH as patchPosition } from "./[id]/route";
import { POST as createPosition } from "./route";

const path = "/api/positions";
type Detail = { id: string; competencyCoverage: CompetencyCoverage[] };

const coverageOf = (body: unknown, competency: string) =>
  (body as Detail).competencyCoverage.find((entry) => entry.competency === competency);
const warningCodes = (entry: CompetencyCoverage | undefined) =>
  entry?.warnings.map((warning) => warning.code);

describe("a position's competencies", () => {
  it.each([
    ["problem_solving", "problem-solving"],
    ["comunication", "communication"],
    ["문제 해결", "problem-solving"],
  ])(
    "refuses %s with a 422 naming it and the built-in %s, and writes nothing",
    async (key, builtIn) => {
      const tenant = await createTenant();
      const before = await countRows(positions);
      const result = await callRoute(createPosition, {
        path,
        token: tenant.token,
        json: { title: "Engineer", competencies: ["ownership", key] },
      });
      expect(result.status).toBe(422);
      expect(errorCode(result)).toBe("unprocessable_entity");
      const { message } = (result.body as { error: { message: string } }).error;
      expect(message).toContain(`competencies.1: "${key}"`);
      expect(message).toContain(`"${builtIn}"`);
      expect(await countRows(positions)).toBe(before);
    },
  );

  it("refuses a misspelt built-in in an edit and keeps the position as it was", async () => {
    const tenant = await createTenant();
    const id = tenant.position.id;
    const result = await callRoute(patchPosition, {
      method: "PATCH",
      path: `${path}/${id}`,
      params: { id },
      token: tenant.token,
      json: { competencies: ["system-design", "ownershp"] },
    });
    expect(result.status).toBe(422);
    expect((result.body as { error: { message: string } }).error.message).toContain('"ownership"');
    const read = await callRoute(getPosition, {
      path: `${path}/${id}`,
      params: { id },
      token: tenant.token,
    });
    expect((read.body as { competencies: string[] }).competencies).toEqual([
      "system-design",
      "communication",
      "ownership",
    ]);
  });

  it("warns, in the position's language, where a competency has no bank questions or no default rubric", async () => {
    // The tenant's own Korean bank covers system-design, communication and ownership only.
    const tenant = await createTenant({ language: "ko" });
    const created = await callRoute(createPosition, {
      path,
      token: tenant.token,
      json: {
        title: "엔지니어",
        language: "ko",
        competencies: ["communication", "technical-depth", "customer-empathy"],
      },
    });
    expect(created.status).toBe(201);
    const id = (created.body as Detail).id;
    const read = await callRoute(getPosition, {
      path: `${path}/${id}`,
      params: { id },
      token: tenant.token,
    });
    expect(read.status).toBe(200);

    expect(coverageOf(read.body, "communication")).toMatchObject({
      label: "커뮤니케이션",
      isBuiltIn: true,
      rubricSource: "built_in",
      bankQuestionCount: 2,
      warnings: [],
    });
    expect(coverageOf(read.body, "technical-depth")).toMatchObject({
      label: "기술 깊이",
      rubricSource: "built_in",
      bankQuestionCount: 0,
    });
    expect(warningCodes(coverageOf(read.body, "technical-depth"))).toEqual(["no_bank_questions"]);
    expect(coverageOf(read.body, "customer-empathy")).toMatchObject({
      label: "Customer empathy",
      isBuiltIn: false,
      rubricSource: "generic",
    });
    expect(warningCodes(coverageOf(read.body, "customer-empathy"))).toEqual([
      "no_default_rubric",
      "no_bank_questions",
    ]);
  });

  it("drops the rubric warning once the recruiter writes a rubric for their own competency", async () => {
    const tenant = await createTenant();
    const id = tenant.position.id;
    const generic = getDefaultRubric({ competency: "debugging", language: "en" });
    const [first, ...rest] = generic.criteria;
    if (!first) throw new Error("The generic rubric has no criteria.");
    const written = {
      competency: "debugging",
      criteria: [{ ...first, name: "Finding the cause" }, ...rest],
    };
    const result = await callRoute(patchPosition, {
      method: "PATCH",
      path: `${path}/${id}`,
      params: { id },
      token: tenant.token,
      json: { competencies: ["ownership", "debugging"], rubrics: [written] },
    });
    expect(result.status).toBe(200);
    expect(coverageOf(result.body, "debugging")).toMatchObject({
      isBuiltIn: false,
      rubricSource: "recruiter",
    });
    expect(warningCodes(coverageOf(result.body, "debugging"))).toEqual(["no_bank_questions"]);
  });
});
