import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { positions } from "@/db/schema";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { countRows } from "@/tests/support/count-rows";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { DELETE as deletePosition, GET as getPosition, PATCH as patchPosition } from "./[id]/route";
import { POST as createPosition, GET as listPositions } from "./route";

const path = "/api/positions";
const valid = { title: "Data Engineer", competencies: ["sql", "ownership"] };

async function readRow(id: string) {
  const [row] = await (await getDb()).select().from(positions).where(eq(positions.id, id));
  return row ?? null;
}

describe("GET /api/positions", () => {
  it("lists only the caller's company's positions", async () => {
    const [tenant, other] = [await createTenant(), await createTenant()];
    const result = await callRoute(listPositions, { path, token: tenant.token });
    expect(result.status).toBe(200);
    const ids = (result.body as { positions: { id: string }[] }).positions.map((p) => p.id);
    expect(ids).toEqual([tenant.position.id]);
    expect(ids).not.toContain(other.position.id);
  });
});

describe("POST /api/positions", () => {
  it("creates a position in the caller's company, English by default, with lower-cased competencies", async () => {
    const tenant = await createTenant();
    const result = await callRoute(createPosition, {
      path,
      token: tenant.token,
      json: { title: "  Data Engineer ", competencies: ["SQL", "Ownership"] },
    });
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({
      title: "Data Engineer",
      description: "",
      competencies: ["sql", "ownership"],
      language: "en",
      companyId: tenant.company.id,
    });
    const row = await readRow(String((result.body as { id: string }).id));
    expect(row).toMatchObject({ companyId: tenant.company.id, language: "en" });
  });

  it.each([
    ["ko", "ko"],
    ["ko-kr", "ko-KR"],
    ["EN-us", "en-US"],
  ])("accepts the language %s and stores it as %s", async (language, stored) => {
    const tenant = await createTenant();
    const result = await callRoute(createPosition, {
      path,
      token: tenant.token,
      json: { ...valid, language },
    });
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({ language: stored });
  });

  it.each([
    ["an unsupported language", { ...valid, language: "fr" }],
    ["a language that is not a BCP-47 tag", { ...valid, language: "not a tag!!" }],
    ["competencies that repeat once lower-cased", { ...valid, competencies: ["SQL", "sql"] }],
    ["an empty competency list", { ...valid, competencies: [] }],
    ["a blank title", { ...valid, title: "   " }],
    ["wrong types", { title: 7, competencies: "sql" }],
    ["an unknown key", { ...valid, companyId: "00000000-0000-4000-8000-000000000000" }],
  ])("answers %s with 422 and writes nothing", async (_label, json) => {
    const tenant = await createTenant();
    const before = await countRows(positions);
    const result = await callRoute(createPosition, { path, token: tenant.token, json });
    expect(result.status).toBe(422);
    expect(errorCode(result)).toBe("unprocessable_entity");
    expect(await countRows(positions)).toBe(before);
  });

  it.each([
    ["malformed JSON", 400, { body: "{not json", headers: { "content-type": "application/json" } }],
    ["an oversized body", 413, { json: { ...valid, description: "x".repeat(1_100_000) } }],
  ])("answers %s with a JSON %i and writes nothing", async (_label, status, request) => {
    const tenant = await createTenant();
    const before = await countRows(positions);
    const result = await callRoute(createPosition, {
      path,
      method: "POST",
      token: tenant.token,
      ...request,
    });
    expect(result.status).toBe(status);
    expect(errorCode(result)).toBeDefined();
    expect(await countRows(positions)).toBe(before);
  });
});

describe("/api/positions/{id}", () => {
  it("reads, edits and deletes the caller's own position", async () => {
    const tenant = await createTenant();
    const params = { id: tenant.position.id };
    const read = await callRoute(getPosition, { token: tenant.token, params });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: tenant.position.id, title: "Backend Engineer" });

    const patched = await callRoute(patchPosition, {
      method: "PATCH",
      token: tenant.token,
      params,
      json: { title: "Staff Engineer", competencies: ["Go"], language: "ko-kr" },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      title: "Staff Engineer",
      competencies: ["go"],
      language: "ko-KR",
    });
    expect(await readRow(tenant.position.id)).toMatchObject({ title: "Staff Engineer" });

    const deleted = await callRoute(deletePosition, {
      method: "DELETE",
      token: tenant.token,
      params,
    });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeNull();
    const gone = await callRoute(getPosition, { token: tenant.token, params });
    expect(gone.status).toBe(404);
    expect(errorCode(gone)).toBe("not_found");
  });

  it("answers 404 to GET, PATCH and DELETE of another company's position and leaves it alone", async () => {
    const [tenant, other] = [await createTenant(), await createTenant()];
    const params = { id: other.position.id };
    const before = await readRow(other.position.id);
    const results = [
      await callRoute(getPosition, { token: tenant.token, params }),
      await callRoute(patchPosition, {
        method: "PATCH",
        token: tenant.token,
        params,
        json: { title: "Hijacked" },
      }),
      await callRoute(deletePosition, { method: "DELETE", token: tenant.token, params }),
    ];
    expect(results.map((r) => r.status)).toEqual([404, 404, 404]);
    expect(results.map(errorCode)).toEqual(["not_found", "not_found", "not_found"]);
    expect(await readRow(other.position.id)).toEqual(before);
  });

  it("answers 409 to deleting a position that has an interview, and keeps it", async () => {
    const tenant = await createTenant();
    await createInvitedInterview(tenant);
    const params = { id: tenant.position.id };
    const result = await callRoute(deletePosition, {
      method: "DELETE",
      token: tenant.token,
      params,
    });
    expect(result.status).toBe(409);
    expect(errorCode(result)).toBe("conflict");
    expect(await readRow(tenant.position.id)).not.toBeNull();
  });

  it("answers 404 to a malformed id on GET, PATCH and DELETE", async () => {
    const tenant = await createTenant();
    const params = { id: "not-a-uuid" };
    const statuses = [
      (await callRoute(getPosition, { token: tenant.token, params })).status,
      (
        await callRoute(patchPosition, {
          method: "PATCH",
          token: tenant.token,
          params,
          json: valid,
        })
      ).status,
      (await callRoute(deletePosition, { method: "DELETE", token: tenant.token, params })).status,
    ];
    expect(statuses).toEqual([404, 404, 404]);
  });

  it.each([
    ["an empty object", 422, { json: {} }],
    ["wrong types", 422, { json: { title: ["x"] } }],
    ["an unknown key", 422, { json: { title: "New", companyId: "x" } }],
    ["an unsupported language", 422, { json: { language: "fr" } }],
    ["a duplicate competency", 422, { json: { competencies: ["Go", "go"] } }],
    ["malformed JSON", 400, { body: "{", headers: { "content-type": "application/json" } }],
    ["an oversized body", 413, { json: { description: "x".repeat(1_100_000) } }],
  ])(
    "answers a PATCH with %s with a JSON %i and leaves the row unchanged",
    async (_l, status, request) => {
      const tenant = await createTenant();
      const before = await readRow(tenant.position.id);
      const result = await callRoute(patchPosition, {
        method: "PATCH",
        token: tenant.token,
        params: { id: tenant.position.id },
        ...request,
      });
      expect(result.status).toBe(status);
      expect(errorCode(result)).toBeDefined();
      expect(await readRow(tenant.position.id)).toEqual(before);
    },
  );
});

describe("PATCH /api/positions/{id} partial updates", () => {
  it("keeps a Korean position's language when only the title changes", async () => {
    const tenant = await createTenant({ language: "ko" });
    const result = await callRoute(patchPosition, {
      method: "PATCH",
      token: tenant.token,
      params: { id: tenant.position.id },
      json: { title: "프로덕트 매니저" },
    });
    expect(result.status).toBe(200);
    expect(await readRow(tenant.position.id)).toMatchObject({
      title: "프로덕트 매니저",
      language: "ko",
    });
  });
});

describe("position rubrics", () => {
  const patch = (tenant: { token: string; position: { id: string } }, json: unknown) =>
    callRoute(patchPosition, {
      method: "PATCH",
      token: tenant.token,
      params: { id: tenant.position.id },
      json,
    });

  it("gives every competency of a new position its default anchored rubric, in the position's language", async () => {
    const tenant = await createTenant();
    const result = await callRoute(createPosition, {
      path,
      token: tenant.token,
      json: { title: "PM", competencies: ["product-sense", "Customer Empathy"], language: "ko" },
    });
    expect(result.status).toBe(201);
    const rubrics = (result.body as { rubrics: { competency: string; criteria: unknown[] }[] })
      .rubrics;
    expect(rubrics.map((rubric) => rubric.competency)).toEqual([
      "product-sense",
      "customer empathy",
    ]);
    expect(JSON.stringify(rubrics)).toMatch(/[가-힣]/);
    for (const rubric of rubrics) expect(rubric.criteria.length).toBeGreaterThanOrEqual(3);
  });

  it("stores an edited rubric for one competency and keeps the others", async () => {
    const tenant = await createTenant();
    const before = await readRow(tenant.position.id);
    const [competency, other] = before?.competencies ?? [];
    const edited = {
      competency,
      criteria: ["alpha", "beta", "gamma"].map((key) => ({
        key,
        name: `Criterion ${key}`,
        description: `What ${key} measures.`,
        anchors: { "1": `No ${key}.`, "3": `Some ${key}.`, "5": `Full ${key}.` },
      })),
    };
    const result = await patch(tenant, { rubrics: [edited] });
    expect(result.status).toBe(200);
    const row = await readRow(tenant.position.id);
    expect(row?.rubrics.find((rubric) => rubric.competency === competency)).toEqual(edited);
    expect(
      row?.rubrics.find((rubric) => rubric.competency === other)?.criteria.length,
    ).toBeGreaterThan(2);
  });

  it.each([
    ["a rubric of a competency the position does not list", "not-listed", 3],
    ["a rubric with two criteria", null, 2],
  ])("refuses %s with 422 and changes nothing", async (_, competency, criteria) => {
    const tenant = await createTenant();
    const before = await readRow(tenant.position.id);
    const rubric = {
      competency: competency ?? before?.competencies[0],
      criteria: Array.from({ length: criteria }, (__, i) => ({
        key: `key_${i}`,
        name: "Name",
        description: "Description.",
        anchors: { "1": "Low.", "3": "Mid.", "5": "High." },
      })),
    };
    const result = await patch(tenant, { rubrics: [rubric] });
    expect(result.status).toBe(422);
    expect(errorCode(result)).toBe("unprocessable_entity");
    expect(await readRow(tenant.position.id)).toEqual(before);
  });
});
