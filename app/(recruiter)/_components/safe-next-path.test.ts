import { describe, expect, it } from "vitest";
import { toSafeNextPath } from "./safe-next-path";

describe("toSafeNextPath", () => {
  it("keeps a path of this site with its query", () => {
    expect(toSafeNextPath("/invitations/abc?x=1")).toBe("/invitations/abc?x=1");
  });

  it.each([
    "https://evil.example/",
    "//evil.example/path",
    "/\\evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "dashboard",
    "",
  ])("refuses %j, which would leave the site or is no path", (value) => {
    expect(toSafeNextPath(value)).toBeNull();
  });

  it("refuses what is not a string", () => {
    expect(toSafeNextPath(["/a", "/b"])).toBeNull();
    expect(toSafeNextPath(undefined)).toBeNull();
  });
});
