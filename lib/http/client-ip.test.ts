import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => vi.unstubAllEnvs());

/** getClientIp as the app would have it with these variables (env is read once, at import). */
async function clientIpWith(vars: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  return (await import("./client-ip")).getClientIp;
}

const request = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/positions", { headers });

describe("getClientIp", () => {
  it("never takes the leftmost X-Forwarded-For entry, which the client writes", async () => {
    const getClientIp = await clientIpWith({ TRUSTED_PROXY_HOPS: "1" });
    expect(getClientIp(request({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }))).toBe("203.0.113.7");
  });

  it("counts TRUSTED_PROXY_HOPS from the right", async () => {
    const getClientIp = await clientIpWith({ TRUSTED_PROXY_HOPS: "2" });
    const forwarded = { "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" };
    expect(getClientIp(request(forwarded))).toBe("203.0.113.7");
    // Fewer entries than proxies: the chain did not come through them, so nothing is trusted.
    expect(getClientIp(request({ "x-forwarded-for": "203.0.113.7" }))).toBeNull();
  });

  it("uses Vercel's own header on Vercel and ignores X-Forwarded-For there", async () => {
    const getClientIp = await clientIpWith({
      VERCEL: "1",
      DATABASE_URL: "postgres://app:secret@db.example:5432/app",
    });
    const headers = { "x-vercel-forwarded-for": "203.0.113.9", "x-forwarded-for": "6.6.6.6" };
    expect(getClientIp(request(headers))).toBe("203.0.113.9");
  });

  it("ignores X-Forwarded-For with no proxy configured: a client facing the app writes it itself", async () => {
    const getClientIp = await clientIpWith({});
    expect(getClientIp(request({ "x-forwarded-for": "203.0.113.7" }))).toBeNull();
    expect(getClientIp(request({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }))).toBeNull();
  });

  it("buckets IPv6 by /64 and unwraps IPv4-mapped addresses", async () => {
    const getClientIp = await clientIpWith({ TRUSTED_PROXY_HOPS: "1" });
    expect(getClientIp(request({ "x-forwarded-for": "2001:db8:1:2:aaaa::1" }))).toBe(
      "2001:0db8:0001:0002::",
    );
    expect(getClientIp(request({ "x-forwarded-for": "2001:db8:1:2:bbbb::9" }))).toBe(
      "2001:0db8:0001:0002::",
    );
    expect(getClientIp(request({ "x-forwarded-for": "::ffff:203.0.113.4" }))).toBe("203.0.113.4");
  });

  it("answers null for something that is not an address", async () => {
    const getClientIp = await clientIpWith({ TRUSTED_PROXY_HOPS: "1" });
    expect(getClientIp(request({ "x-forwarded-for": "not-an-ip" }))).toBeNull();
    expect(getClientIp(request({}))).toBeNull();
  });
});
