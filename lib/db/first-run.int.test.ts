import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { verifications } from "@/db/schema";
import { claimFirstRun, releaseFirstRunClaim } from "./first-run";

describe("the first-run claim", () => {
  it("is held by one claimant at a time and free again once released", async () => {
    const first = await claimFirstRun();
    expect(first).toEqual(expect.any(String));
    expect(await claimFirstRun()).toBeNull();
    // Releasing someone else's claim does nothing.
    await releaseFirstRunClaim("not-the-claim");
    expect(await claimFirstRun()).toBeNull();
    await releaseFirstRunClaim(first ?? "");
    const second = await claimFirstRun();
    expect(second).toEqual(expect.any(String));
    await releaseFirstRunClaim(second ?? "");
  });

  it("can be taken over once the claim of a process that died has expired", async () => {
    const stale = await claimFirstRun();
    const db = await getDb();
    await db
      .update(verifications)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(verifications.value, stale ?? ""));
    const fresh = await claimFirstRun();
    expect(fresh).toEqual(expect.any(String));
    expect(fresh).not.toBe(stale);
    await releaseFirstRunClaim(fresh ?? "");
  });
});
