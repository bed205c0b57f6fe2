import { describe, expect, it } from "vitest";
import { hashInterviewId } from "./interview-id-hash";

describe("hashInterviewId", () => {
  const id = "0f8c3a52-4b1e-4e0a-9c57-2d1f6e8b9a10";

  it("gives the same hex HMAC for the same id in either case, and another for another id", () => {
    const hash = hashInterviewId(id);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInterviewId(id.toUpperCase())).toBe(hash);
    expect(hashInterviewId("0f8c3a52-4b1e-4e0a-9c57-2d1f6e8b9a11")).not.toBe(hash);
  });

  it("is keyed: not the plain SHA-256 of the id", async () => {
    const { createHash } = await import("node:crypto");
    expect(hashInterviewId(id)).not.toBe(createHash("sha256").update(id).digest("hex"));
  });
});
