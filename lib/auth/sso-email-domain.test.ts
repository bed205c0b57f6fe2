import { describe, expect, it } from "vitest";
import { isEmailInProviderDomain } from "./sso-email-domain";

describe("isEmailInProviderDomain", () => {
  it("accepts an address of the provider's domain whatever its case", () => {
    expect(isEmailInProviderDomain("Dana@ACME.com", "acme.com")).toBe(true);
  });

  it("refuses a subdomain, a look-alike suffix and an address without a local part", () => {
    expect(isEmailInProviderDomain("dana@eu.acme.com", "acme.com")).toBe(false);
    expect(isEmailInProviderDomain("dana@evilacme.com", "acme.com")).toBe(false);
    expect(isEmailInProviderDomain("@acme.com", "acme.com")).toBe(false);
  });

  it("takes the last @ as the domain's start, so a quoted local part cannot smuggle one in", () => {
    expect(isEmailInProviderDomain('"x@acme.com"@evil.com', "acme.com")).toBe(false);
  });

  it("matches any domain of a comma list better-auth itself allows", () => {
    expect(isEmailInProviderDomain("pat@sub.org", "acme.com, sub.org")).toBe(true);
  });
});
