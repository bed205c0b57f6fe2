import { describe, expect, it } from "vitest";
import { ssoRegisterExtrasSchema, storedOidcConfigSchema } from "./sso-schemas";

const registration = {
  organizationId: "0b8c1f0e-6a43-4f39-9a53-1c4a5e2d7b10",
  issuer: "https://acme.okta.com",
  domain: "ACME.com",
};

describe("ssoRegisterExtrasSchema", () => {
  it("gives newcomers the evaluator role unless the admin chose another, and lower-cases the domain", () => {
    expect(ssoRegisterExtrasSchema.parse(registration)).toMatchObject({
      domain: "acme.com",
      defaultRole: "evaluator",
    });
  });

  it("refuses owner as a default role, a domain list, SAML and a missing workspace", () => {
    for (const body of [
      { ...registration, defaultRole: "owner" },
      { ...registration, domain: "acme.com,evil.com" },
      { ...registration, domain: "https://acme.com" },
      { ...registration, samlConfig: { entryPoint: "https://idp" } },
      { ...registration, organizationId: undefined },
    ]) {
      expect(ssoRegisterExtrasSchema.safeParse(body).success).toBe(false);
    }
  });
});

describe("storedOidcConfigSchema", () => {
  it("reads an unknown or missing role as the least one, keeping the rest of the JSON", () => {
    expect(storedOidcConfigSchema.parse({ clientId: "c", defaultRole: "owner" })).toEqual({
      clientId: "c",
      defaultRole: "evaluator",
    });
    expect(storedOidcConfigSchema.parse({}).defaultRole).toBe("evaluator");
  });
});
