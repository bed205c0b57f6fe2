import { afterEach, describe, expect, it, vi } from "vitest";
import { describeSetupCode } from "./announce-setup-code";
import { deriveSetupCode, isSetupCodeCorrect, normalizeSetupCode } from "./setup-code";

const secret = "test-secret-0123456789-abcdefghijklmnop";

afterEach(() => {
  vi.doUnmock("@/lib/env.mjs");
  vi.resetModules();
});

describe("deriveSetupCode", () => {
  it("gives four groups of four Crockford base32 characters", () => {
    expect(deriveSetupCode(secret)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  });

  it("is the same for the same secret (every instance agrees) and differs for another", () => {
    expect(deriveSetupCode(secret)).toBe(deriveSetupCode(secret));
    expect(deriveSetupCode(`${secret}x`)).not.toBe(deriveSetupCode(secret));
  });
});

describe("isSetupCodeCorrect without SETUP_TOKEN", () => {
  const code = deriveSetupCode(secret);

  it("accepts the derived code as printed, in lower case, without dashes or with spaces", () => {
    expect(isSetupCodeCorrect(code)).toBe(true);
    expect(isSetupCodeCorrect(code.toLowerCase().replaceAll("-", ""))).toBe(true);
    expect(isSetupCodeCorrect(` ${code.replaceAll("-", " ")} `)).toBe(true);
  });

  it("refuses another code, a prefix of it and an empty one", () => {
    expect(isSetupCodeCorrect(deriveSetupCode(`${secret}x`))).toBe(false);
    expect(isSetupCodeCorrect(code.slice(0, 14))).toBe(false);
    expect(isSetupCodeCorrect("")).toBe(false);
  });

  it("reads O as 0 and I or L as 1, which the alphabet leaves out", () => {
    expect(normalizeSetupCode("o1-il")).toBe("0111");
  });
});

describe("isSetupCodeCorrect with SETUP_TOKEN", () => {
  async function loadWithToken(token: string) {
    const { env } = await import("@/lib/env.mjs");
    vi.doMock("@/lib/env.mjs", () => ({ env: { ...env, SETUP_TOKEN: token } }));
    return import("./setup-code");
  }

  it("accepts exactly the token (case kept) and no longer the derived code", async () => {
    const setup = await loadWithToken("Correct-Horse-Battery");
    expect(setup.isSetupCodeCorrect("Correct-Horse-Battery")).toBe(true);
    expect(setup.isSetupCodeCorrect("correct-horse-battery")).toBe(false);
    expect(setup.isSetupCodeCorrect(deriveSetupCode(secret))).toBe(false);
  });
});

describe("describeSetupCode", () => {
  it("prints the derived code in one line, and never the SETUP_TOKEN value", () => {
    expect(describeSetupCode({ code: "ABCD-EFGH-JKMN-PQRS", isFromEnv: false })).toBe(
      "First run: open /setup and enter the setup code ABCD-EFGH-JKMN-PQRS",
    );
    const fromEnv = describeSetupCode({ code: "my-own-setup-token", isFromEnv: true });
    expect(fromEnv).not.toContain("my-own-setup-token");
    expect(fromEnv).toContain("SETUP_TOKEN");
  });
});
