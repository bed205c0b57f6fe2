import { describe, expect, it } from "vitest";
import { hashRequestBody, readIdempotencyKey } from "./idempotent-request";

describe("hashRequestBody", () => {
  it("hashes bodies that differ only in key order alike, and any changed value differently", () => {
    const body = { positionId: "p", candidates: [{ name: "Ada", email: "a@b.co" }] };
    const reordered = { candidates: [{ email: "a@b.co", name: "Ada" }], positionId: "p" };
    expect(hashRequestBody(reordered)).toBe(hashRequestBody(body));
    expect(hashRequestBody({ ...body, positionId: "q" })).not.toBe(hashRequestBody(body));
    const swapped = { ...body, candidates: [...body.candidates, { name: "Bo", email: "b@b.co" }] };
    expect(hashRequestBody(swapped)).not.toBe(
      hashRequestBody({ ...body, candidates: [...swapped.candidates].reverse() }),
    );
  });
});

describe("readIdempotencyKey", () => {
  const withKey = (key?: string) =>
    new Request("http://localhost/api/x", {
      headers: key === undefined ? {} : { "idempotency-key": key },
    });

  it("reads a visible ASCII key and refuses a missing, blank, overlong or spaced one with 400", () => {
    expect(readIdempotencyKey(withKey("6f1c9a52-0d7e"))).toBe("6f1c9a52-0d7e");
    for (const key of [undefined, "  ", "x".repeat(256), "has space"]) {
      expect(() => readIdempotencyKey(withKey(key))).toThrow(/Idempotency-Key/);
    }
  });
});
