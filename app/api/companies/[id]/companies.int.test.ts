import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { companies } from "@/db/schema";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createTenant } from "@/tests/support/factories";
import { GET as getCompany, PATCH as patchCompany } from "./route";

async function readRow(id: string) {
  const [row] = await (await getDb()).select().from(companies).where(eq(companies.id, id));
  return row ?? null;
}

const patch = (token: string | undefined, id: string, request: object) =>
  callRoute(patchCompany, { method: "PATCH", token, params: { id }, ...request });

describe("GET /api/companies/{id}", () => {
  it("returns the recruiter's own company", async () => {
    const tenant = await createTenant();
    const result = await callRoute(getCompany, {
      token: tenant.token,
      params: { id: tenant.company.id },
    });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      id: tenant.company.id,
      name: tenant.company.name,
      description: "",
      website: null,
    });
  });
});

describe("PATCH /api/companies/{id}", () => {
  it("edits name, description and website, and a later GET shows the changes", async () => {
    const tenant = await createTenant();
    const id = tenant.company.id;
    const changes = {
      name: "  Acme Hiring ",
      description: "We build rockets.",
      website: "https://acme.example/careers",
    };
    const patched = await patch(tenant.token, id, { json: changes });
    expect(patched.status).toBe(200);
    const expected = { ...changes, id, name: "Acme Hiring" };
    expect(patched.body).toMatchObject(expected);

    const read = await callRoute(getCompany, { token: tenant.token, params: { id } });
    expect(read.body).toMatchObject(expected);
    expect(await readRow(id)).toMatchObject(expected);
  });

  it("turns recording on and refuses a mode that does not exist", async () => {
    const tenant = await createTenant();
    const id = tenant.company.id;
    expect(await readRow(id)).toMatchObject({ recordingMode: "off" });
    const patched = await patch(tenant.token, id, { json: { recordingMode: "audio" } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ recordingMode: "audio", candidateFeedback: "feedback" });
    expect(await readRow(id)).toMatchObject({ recordingMode: "audio" });
    const refused = await patch(tenant.token, id, { json: { recordingMode: "always" } });
    expect(refused.status).toBe(422);
    expect(await readRow(id)).toMatchObject({ recordingMode: "audio" });
  });

  it("changes only the fields it is sent, and clears the website with null", async () => {
    const tenant = await createTenant();
    const id = tenant.company.id;
    await patch(tenant.token, id, { json: { website: "https://acme.example" } });
    const result = await patch(tenant.token, id, { json: { description: "Hiring." } });
    expect(result.body).toMatchObject({
      name: tenant.company.name,
      description: "Hiring.",
      website: "https://acme.example",
    });
    const cleared = await patch(tenant.token, id, { json: { website: null } });
    expect(cleared.status).toBe(200);
    expect((await readRow(id))?.website).toBeNull();
  });

  it.each([
    ["an empty object", 422, { json: {} }],
    ["a website that is not a URL", 422, { json: { website: "not a url" } }],
    ["a javascript: website", 422, { json: { website: "javascript:alert(1)" } }],
    ["a blank name", 422, { json: { name: "  " } }],
    ["wrong types", 422, { json: { name: 42, description: false } }],
    ["an unknown key", 422, { json: { name: "Acme", id: crypto.randomUUID() } }],
    ["malformed JSON", 400, { body: "{nope", headers: { "content-type": "application/json" } }],
    ["a non-JSON content type", 415, { body: "name=x", headers: { "content-type": "text/plain" } }],
    ["an oversized body", 413, { json: { description: "x".repeat(1_100_000) } }],
  ])(
    "answers %s with a JSON %i and leaves the company unchanged",
    async (_label, status, request) => {
      const tenant = await createTenant();
      const before = await readRow(tenant.company.id);
      const result = await patch(tenant.token, tenant.company.id, request);
      expect(result.status).toBe(status);
      expect(errorCode(result)).toBeDefined();
      expect(await readRow(tenant.company.id)).toEqual(before);
    },
  );
});

describe("company ids", () => {
  it("match whatever the case the caller writes them in", async () => {
    const tenant = await createTenant();
    const result = await callRoute(getCompany, {
      token: tenant.token,
      params: { id: tenant.company.id.toUpperCase() },
    });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ id: tenant.company.id });
  });
});
