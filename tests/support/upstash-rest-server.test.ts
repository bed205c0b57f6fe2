// Drives the fake with the real @upstash/redis and @upstash/ratelimit clients: if they are happy
// with it, app code tested against it behaves as it would against Upstash.
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type RedisServer, startRedisServer } from "./redis-server";
import { startUpstashRestServer, type UpstashRestServer } from "./upstash-rest-server";

const server = await startRedisServer();

describe.skipIf(!server)("Upstash REST fake over redis-server", () => {
  let backend: RedisServer;
  let rest: UpstashRestServer;
  let redis: Redis;
  const connect = (opts: { token?: string; signal?: () => AbortSignal } = {}) =>
    new Redis({ url: rest.url, token: opts.token ?? rest.token, signal: opts.signal });
  const post = (path: string, body: unknown, token = rest.token) =>
    fetch(`${rest.url}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "upstash-encoding": "base64" },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    if (!server) throw new Error("unreachable: the suite is skipped without redis-server");
    backend = server;
    rest = await startUpstashRestServer({ redisUrl: backend.url, token: "test-token" });
    redis = connect();
  });
  afterAll(async () => {
    await rest?.close();
    await backend?.stop();
  });
  beforeEach(() => {
    rest.requests.length = 0;
  });

  it("sets with EX and gets back unicode and JSON values", async () => {
    expect(await redis.set("greeting", "héllo ✓ 日本 🎉", { ex: 60 })).toBe("OK");
    expect(await redis.get("greeting")).toBe("héllo ✓ 日本 🎉");
    expect(await redis.ttl("greeting")).toBeGreaterThan(55);
    await redis.set("profile", { name: "Zoë", tags: ["a", "b"] });
    expect(await redis.get("profile")).toEqual({ name: "Zoë", tags: ["a", "b"] });
  });

  it("speaks the raw wire format: base64 results, 400 errors, 401 without the token", async () => {
    await post("/", ["SET", "raw", "OK?", "EX", 60]);
    expect(await (await post("/", ["GET", "raw"])).json()).toEqual({ result: "T0s/" });
    const failed = await post("/", ["INCR", "raw"]);
    expect(failed.status).toBe(400);
    expect(await failed.json()).toEqual({ error: expect.stringMatching(/^ERR .*not an integer/) });
    const denied = await post("/", ["GET", "raw"], "wrong");
    expect([denied.status, await denied.json()]).toEqual([401, { error: "Unauthorized" }]);
  });

  it("auto-pipelines concurrent commands into one /pipeline request", async () => {
    const results = await Promise.all([
      redis.set("p:1", "a"),
      redis.set("p:2", "b"),
      redis.incr("p:n"),
    ]);
    expect(results).toEqual(["OK", "OK", 1]);
    expect(rest.requests).toEqual([{ path: "/pipeline", commands: 3 }]);
  });

  it("runs multi-exec as a transaction and reports errors per command", async () => {
    const tx = redis.multi().set("m", "1").incr("m").get("m").set("m:s", "x").incr("m:s");
    const results = await tx.exec({ keepErrors: true });
    expect(results.map((r) => r.result)).toEqual(["OK", 2, 2, "OK", undefined]);
    expect(results[4]?.error).toMatch(/not an integer/);
    expect(rest.requests).toEqual([{ path: "/multi-exec", commands: 5 }]);
  });

  it("returns HGETALL as an object", async () => {
    await redis.hincrby("h", "count", 2);
    await redis.hincrby("h", "count", 3);
    await redis.hset("h", { name: "Ann" });
    expect(await redis.hgetall("h")).toEqual({ count: 5, name: "Ann" });
  });

  it("iterates keys with SCAN MATCH COUNT", async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) => redis.set(`scan:${i}`, i)));
    await redis.set("other", 1);
    const seen = new Set<string>();
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, { match: "scan:*", count: 5 });
      for (const key of keys) seen.add(key);
      cursor = String(next);
    } while (cursor !== "0");
    expect(seen.size).toBe(25);
  });

  it("evaluates a script", async () => {
    const script = "return {KEYS[1], ARGV[1], tonumber(ARGV[2]) + 1}";
    expect(await redis.eval(script, ["k"], ["v", 41])).toEqual(["k", "v", 42]);
  });

  it("lets @upstash/ratelimit allow 3 requests then block the 4th", async () => {
    const limiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(3, "10 s") });
    const id = `user-${Date.now()}`;
    for (let i = 0; i < 3; i++) expect((await limiter.limit(id)).success).toBe(true);
    const blocked = await limiter.limit(id);
    expect(blocked).toMatchObject({ success: false, remaining: 0 });
    expect(blocked.reset).toBeGreaterThan(Date.now());
    // EVALSHA misses once (NOSCRIPT, then EVAL); afterwards the mapped sha hits: 2 + 1 + 1 + 1.
    expect(rest.requests).toHaveLength(5);
  });

  it("rejects a wrong token", async () => {
    await expect(connect({ token: "wrong" }).get("k")).rejects.toThrow(/Unauthorized/);
  });

  it("delays requests by the configured latency", async () => {
    rest.setLatencyMs(300);
    try {
      const impatient = connect({ signal: () => AbortSignal.timeout(100) });
      await expect(impatient.get("greeting")).rejects.toThrow(/timeout|abort/i);
    } finally {
      rest.setLatencyMs(0);
    }
  });

  it("fails fast while redis-server is down and recovers after restart", async () => {
    const client = connect({ signal: () => AbortSignal.timeout(500) });
    backend.kill();
    await expect(client.get("greeting")).rejects.toThrow(/backend unavailable/);
    await backend.restart();
    // node-redis reconnects on its own schedule (at most 200 ms apart).
    await vi.waitFor(async () => expect(await client.set("back", "yes")).toBe("OK"), {
      timeout: 5_000,
    });
    expect(await client.get("back")).toBe("yes");
  });
});
