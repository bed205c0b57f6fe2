// The headers every response carries, read back from the production build, and the signed-in
// dashboard working under that policy (Next's scripts carry the per-response nonce).
import { describe, expect, it } from "vitest";
import { newContext } from "./support/browser";
import { getE2eContext, requireSeed, useBrowser } from "./support/e2e-context";
import { signInThroughForm } from "./support/sign-in";

const e2e = getE2eContext();

const fixedHeaders = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "strict-transport-security": "max-age=63072000; includeSubDomains",
};

describe.skipIf(e2e.isSkipped)("security headers", () => {
  const { browser } = useBrowser();

  it("puts a nonce CSP, Permissions-Policy and the fixed headers on every page", async () => {
    const seed = requireSeed();
    const nonces = new Set<string>();
    for (const path of ["/", "/sign-in", `/interview/${seed.inviteToken}`, "/no-such-page"]) {
      const response = await fetch(`${e2e.baseUrl}${path}`, { redirect: "manual" });
      expect(Object.fromEntries(response.headers)).toMatchObject(fixedHeaders);
      const policy = response.headers.get("content-security-policy") ?? "";
      expect(policy).toMatch(/script-src 'self' 'nonce-[\w+/=]+' blob:/);
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("connect-src 'self'");
      expect(policy).not.toContain("*");
      expect(response.headers.get("permissions-policy")).toContain("microphone=(self)");
      nonces.add(/'nonce-([^']+)'/.exec(policy)?.[1] ?? "");
    }
    // A nonce an attacker could learn from one response is no use in the next.
    expect(nonces.size).toBe(4);
  });

  it("gives API responses a policy that loads and frames nothing", async () => {
    const response = await fetch(`${e2e.baseUrl}/api/health`);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      ...fixedHeaders,
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    });
  });

  it("signs in and shows the dashboard with no script blocked by the policy", async () => {
    const seed = requireSeed();
    const context = await newContext(browser(), { baseUrl: e2e.baseUrl });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await signInThroughForm(page, seed.recruiter);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });
});
