import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";
import {
  countInvitationMails,
  countPositionInterviews,
  oneRow,
  postBatch,
} from "@/tests/support/batch-invite-calls";
import { errorCode } from "@/tests/support/call-route";
import { createTenant } from "@/tests/support/factories";

describe("POST /api/interviews/batch idempotency", () => {
  it("answers a repeat with the same key and body with the first answer and creates or mails nothing more", async () => {
    const tenant = await createTenant();
    const json = { positionId: tenant.position.id, candidates: oneRow() };
    const first = await postBatch(tenant, { key: "same", json });
    const again = await postBatch(tenant, { key: "same", json: { ...json, candidates: oneRow() } });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await countPositionInterviews(tenant.position.id)).toBe(1);
    expect(await countInvitationMails(tenant)).toBe(1);
  });

  it("refuses another body under a used key with 409 idempotency_key_reused", async () => {
    const tenant = await createTenant();
    const json = { positionId: tenant.position.id, candidates: oneRow(), sendInvitations: false };
    await postBatch(tenant, { key: "reused", json });
    const other = await postBatch(tenant, {
      key: "reused",
      json: { ...json, candidates: oneRow("grace@example.com") },
    });
    expect(other.status).toBe(409);
    expect(errorCode(other)).toBe("idempotency_key_reused");
    expect(await countPositionInterviews(tenant.position.id)).toBe(1);
  });

  it("refuses a repeat while the first request with the key is still running", async () => {
    const tenant = await createTenant();
    const json = { positionId: tenant.position.id, candidates: oneRow(), sendInvitations: false };
    const { hashRequestBody } = await import("@/lib/http/idempotent-request");
    const { batchInviteSchema } = await import("./schema");
    await (await getDb()).insert(idempotencyKeys).values({
      companyId: tenant.company.id,
      key: "POST /api/interviews/batch:running",
      requestHash: hashRequestBody(batchInviteSchema.parse(json)),
    });
    const repeat = await postBatch(tenant, { key: "running", json });
    expect(repeat.status).toBe(409);
    expect(errorCode(repeat)).toBe("idempotency_key_in_flight");
    expect(await countPositionInterviews(tenant.position.id)).toBe(0);
  });

  it("answers 400 without an Idempotency-Key and creates nothing", async () => {
    const tenant = await createTenant();
    const result = await postBatch(tenant, {
      json: { positionId: tenant.position.id, candidates: oneRow() },
    });
    expect(result.status).toBe(400);
    expect(errorCode(result)).toBe("bad_request");
    expect(await countPositionInterviews(tenant.position.id)).toBe(0);
  });

  it("keeps keys per workspace: another workspace may use the same key", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const candidates = oneRow();
    const mine = await postBatch(tenant, {
      key: "shared",
      json: { positionId: tenant.position.id, candidates, sendInvitations: false },
    });
    const theirs = await postBatch(other, {
      key: "shared",
      json: { positionId: other.position.id, candidates, sendInvitations: false },
    });
    expect([mine.status, theirs.status]).toEqual([201, 201]);
  });
});

describe("idempotency keys in the maintenance purge", () => {
  it("deletes keys older than a day and keeps newer ones", async () => {
    const tenant = await createTenant();
    const db = await getDb();
    const dayMs = 24 * 60 * 60 * 1000;
    await db.insert(idempotencyKeys).values([
      {
        companyId: tenant.company.id,
        key: "old",
        requestHash: "h",
        createdAt: new Date(Date.now() - dayMs - 60_000),
      },
      { companyId: tenant.company.id, key: "new", requestHash: "h" },
    ]);
    const { purgeExpiredData } = await import("@/lib/jobs/purge-expired-data");
    await purgeExpiredData({ now: new Date() });
    const left = await db
      .select({ key: idempotencyKeys.key })
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.companyId, tenant.company.id)));
    expect(left.map((row) => row.key)).toEqual(["new"]);
  });
});
