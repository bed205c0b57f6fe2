import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { positions } from "@/db/schema";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { countRows } from "@/tests/support/count-rows";
import { createTenant } from "@/tests/support/factories";
import { GET as getPosition, PATCH as patchPosition } from "./[id]/route";
import { POST as createPosition } from "./route";

const valid = { title: "Data Engineer", competencies: ["sql"] };

async function readRow(id: string) {
  const [row] = await (await getDb()).select().from(positions).where(eq(positions.id, id));
  return row ?? null;
}

describe("a position's pacing (follow-ups per question, time per answer)", () => {
  it("defaults to the server's follow-ups and three minutes per answer", async () => {
    const tenant = await createTenant();
    const result = await callRoute(createPosition, { token: tenant.token, json: valid });
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({ followUpsPerQuestion: null, answerSeconds: 180 });
  });

  it("round-trips values set at creation and by a PATCH, and null restores the server default", async () => {
    const tenant = await createTenant();
    const created = await callRoute(createPosition, {
      token: tenant.token,
      json: { ...valid, followUpsPerQuestion: 0, answerSeconds: 60 },
    });
    expect(created.status).toBe(201);
    const params = { id: (created.body as { id: string }).id };
    expect(await readRow(params.id)).toMatchObject({ followUpsPerQuestion: 0, answerSeconds: 60 });

    const patched = await callRoute(patchPosition, {
      method: "PATCH",
      token: tenant.token,
      params,
      json: { followUpsPerQuestion: 3, answerSeconds: 300 },
    });
    expect(patched.status).toBe(200);
    const read = await callRoute(getPosition, { token: tenant.token, params });
    expect(read.body).toMatchObject({
      followUpsPerQuestion: 3,
      answerSeconds: 300,
      title: valid.title,
    });

    // A PATCH of another field leaves the pacing alone; null hands follow-ups back to the server.
    await callRoute(patchPosition, {
      method: "PATCH",
      token: tenant.token,
      params,
      json: { title: "DE" },
    });
    expect(await readRow(params.id)).toMatchObject({ followUpsPerQuestion: 3, answerSeconds: 300 });
    await callRoute(patchPosition, {
      method: "PATCH",
      token: tenant.token,
      params,
      json: { followUpsPerQuestion: null },
    });
    expect(await readRow(params.id)).toMatchObject({
      followUpsPerQuestion: null,
      answerSeconds: 300,
    });
  });

  const outOfRange = [
    ["4 follow-ups", { followUpsPerQuestion: 4 }],
    ["-1 follow-ups", { followUpsPerQuestion: -1 }],
    ["1.5 follow-ups", { followUpsPerQuestion: 1.5 }],
    ["59 seconds", { answerSeconds: 59 }],
    ["301 seconds", { answerSeconds: 301 }],
    ["a null time", { answerSeconds: null }],
    ["a time as text", { answerSeconds: "180" }],
  ] as const;

  it.each(outOfRange)(
    "refuses %s at creation with 422 and writes nothing",
    async (_label, pacing) => {
      const tenant = await createTenant();
      const before = await countRows(positions);
      const result = await callRoute(createPosition, {
        token: tenant.token,
        json: { ...valid, ...pacing },
      });
      expect(result.status).toBe(422);
      expect(errorCode(result)).toBe("unprocessable_entity");
      expect(await countRows(positions)).toBe(before);
    },
  );

  it.each(outOfRange)(
    "refuses %s in a PATCH with 422 and changes nothing",
    async (_label, pacing) => {
      const tenant = await createTenant();
      const params = { id: tenant.position.id };
      const before = await readRow(params.id);
      const result = await callRoute(patchPosition, {
        method: "PATCH",
        token: tenant.token,
        params,
        json: { title: "Changed", ...pacing },
      });
      expect(result.status).toBe(422);
      expect(errorCode(result)).toBe("unprocessable_entity");
      expect(await readRow(params.id)).toEqual(before);
    },
  );

  it("answers 404 to a recruiter of another company and leaves the position alone", async () => {
    const [owner, other] = [await createTenant(), await createTenant()];
    const params = { id: owner.position.id };
    const before = await readRow(params.id);
    const result = await callRoute(patchPosition, {
      method: "PATCH",
      token: other.token,
      params,
      json: { followUpsPerQuestion: 2, answerSeconds: 120 },
    });
    expect(result.status).toBe(404);
    expect(errorCode(result)).toBe("not_found");
    expect(await readRow(params.id)).toEqual(before);
  });
});
