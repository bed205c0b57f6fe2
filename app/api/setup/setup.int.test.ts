import { eq, isNull } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { companies, members, questionBank, users } from "@/db/schema";
import { seedQuestions } from "@/db/seed-data/question-bank";
import { deriveSetupCode } from "@/lib/setup/setup-code";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { countRows } from "@/tests/support/count-rows";
import { POST as authPost } from "../auth/[...all]/route";
import { GET as getSetup, POST as postSetup } from "./route";

const path = "/api/setup";
// Without a trusted client address every caller shares one bucket of 5 code attempts a minute
// (setup-rate-limit.int.test.ts tests it): the tests below make 5 in all; keep new ones under it.
// The vitest env's BETTER_AUTH_SECRET, without SETUP_TOKEN: the code the server would print.
const code = deriveSetupCode("test-secret-0123456789-abcdefghijklmnop");

const owner = (email = "ada@example.com") => ({
  code,
  name: "Ada Lovelace",
  email,
  password: "analytical-engine",
  workspaceName: "Analytical Engines",
});

async function removeEveryone() {
  const db = await getDb();
  await db.delete(users);
}

beforeEach(removeEveryone);

describe("GET /api/setup", () => {
  it("says setup is needed on a database without users, and not after the first owner", async () => {
    expect((await callRoute(getSetup, { path })).body).toEqual({ needed: true });
    expect((await callRoute(postSetup, { path, json: owner() })).status).toBe(201);
    expect((await callRoute(getSetup, { path })).body).toEqual({ needed: false });
  });
});

describe("POST /api/setup", () => {
  it("creates the first owner and workspace, who then signs in, and is gone afterwards", async () => {
    const created = await callRoute(postSetup, {
      path,
      // As typed from a log: lower case, without dashes.
      json: { ...owner(), code: code.toLowerCase().replaceAll("-", "") },
    });
    expect(created.status).toBe(201);
    const { userId, companyId } = created.body as { userId: string; companyId: string };

    const db = await getDb();
    const [member] = await db.select().from(members).where(eq(members.userId, userId));
    expect(member).toMatchObject({ organizationId: companyId, role: "owner" });
    const [company] = await db.select().from(companies).where(eq(companies.id, companyId));
    expect(company?.name).toBe("Analytical Engines");
    // The shipped question bank came with the first workspace: candidates can be invited at once.
    const shared = await db.select().from(questionBank).where(isNull(questionBank.companyId));
    expect(shared).toHaveLength(seedQuestions.length);

    const signIn = await callRoute(authPost, {
      path: "/api/auth/sign-in/email",
      json: { email: "ada@example.com", password: "analytical-engine" },
      headers: { origin: "http://localhost:3000" },
    });
    expect(signIn.status).toBe(200);

    const again = await callRoute(postSetup, { path, json: owner("eve@example.com") });
    expect(again.status).toBe(404);
    expect(errorCode(again)).toBe("not_found");
    expect(await countRows(users)).toBe(1);
  });

  it("refuses a wrong code with 403 and creates nothing", async () => {
    const usersBefore = await countRows(users);
    const companiesBefore = await countRows(companies);
    const result = await callRoute(postSetup, {
      path,
      json: { ...owner(), code: "AAAA-BBBB-CCCC-DDDD" },
    });
    expect(result.status).toBe(403);
    expect(errorCode(result)).toBe("forbidden");
    expect(await countRows(users)).toBe(usersBefore);
    expect(await countRows(companies)).toBe(companiesBefore);
  });

  it("lets only one of two racing requests create an owner", async () => {
    const results = await Promise.all([
      callRoute(postSetup, { path, json: owner("first@example.com") }),
      callRoute(postSetup, { path, json: owner("second@example.com") }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([201, expect.any(Number)]);
    expect(results.filter((result) => result.status === 201)).toHaveLength(1);
    expect(results.map((result) => result.status)).not.toContain(500);
    expect(await countRows(users)).toBe(1);
  });

  it.each([
    ["a short password", { ...owner(), password: "short" }],
    ["an invalid email", { ...owner(), email: "not-an-email" }],
    ["a missing workspace name", { ...owner(), workspaceName: " " }],
    ["an unknown key", { ...owner(), role: "operator" }],
  ])("refuses %s with 422 and creates nothing", async (_label, json) => {
    const result = await callRoute(postSetup, { path, json });
    expect(result.status).toBe(422);
    expect(await countRows(users)).toBe(0);
  });

  it("refuses a body that is not JSON with 415", async () => {
    const result = await callRoute(postSetup, {
      path,
      body: "code=x",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(result.status).toBe(415);
  });
});
