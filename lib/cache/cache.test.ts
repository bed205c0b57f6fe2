import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createCache } from "./cache";
import type { CacheStore } from "./cache-store";
import { createMemoryStore } from "./memory-store";

const anySchema = z.any();
afterEach(() => vi.useRealTimers());

function failingStore(): CacheStore & { isDown: boolean; invalidated: string[][] } {
  const inner = createMemoryStore({ maxEntries: 100 });
  const state = { isDown: true, invalidated: [] as string[][] };
  const guard = <T>(run: () => Promise<T>) =>
    state.isDown ? Promise.reject(new Error("connection refused")) : run();
  return Object.assign(state, {
    backend: "upstash" as const,
    isProcessLocal: false,
    read: (key: string) => guard(() => inner.read(key)),
    writeIfUnchanged: (o: Parameters<CacheStore["writeIfUnchanged"]>[0]) =>
      guard(() => inner.writeIfUnchanged(o)),
    invalidate: (keys: string[]) =>
      guard(async () => {
        state.invalidated.push(keys);
        await inner.invalidate(keys);
      }),
    scan: (pattern: string) => guard(() => inner.scan(pattern)),
    addCounters: (d: Record<string, number>) => guard(() => inner.addCounters(d)),
    readCounters: () => guard(() => inner.readCounters()),
  });
}

describe("createCache on the in-process store", () => {
  it("round-trips dates, nulls and nested JSON exactly, and counts a miss then a hit", async () => {
    const cache = createCache({ store: createMemoryStore({ maxEntries: 10 }) });
    const value = {
      at: new Date("2026-01-02T03:04:05.678Z"),
      none: null,
      deep: { list: [1, "two", { three: true }] },
    };
    const load = vi.fn(async () => value);
    const first = await cache.readThrough({ kind: "question", key: "k", schema: anySchema, load });
    const second = await cache.readThrough({ kind: "question", key: "k", schema: anySchema, load });
    expect(second).toEqual(value);
    expect(second.at).toBeInstanceOf(Date);
    expect(first).toBe(value);
    expect(load).toHaveBeenCalledTimes(1);
    expect((await cache.counters.readKinds()).question).toEqual({
      hits: 1,
      misses: 1,
      errors: 0,
      hitRate: 0.5,
    });
  });

  it("hands every reader its own copy, so changing one changes neither the cache nor the others", async () => {
    const cache = createCache({ store: createMemoryStore({ maxEntries: 10 }) });
    const read = () =>
      cache.readThrough({
        kind: "question",
        key: "q",
        schema: anySchema,
        load: async () => ({ questions: [{ content: "original", at: new Date(0) }] }),
      });
    const loaded = await read();
    loaded.questions[0].content = "changed by the loader's caller";
    const first = await read();
    first.questions.push({ content: "added", at: new Date(0) });
    first.questions[0].at.setTime(1);
    expect(await read()).toEqual({ questions: [{ content: "original", at: new Date(0) }] });
  });

  it("keeps a stored null as a hit, not a miss", async () => {
    const cache = createCache({ store: createMemoryStore({ maxEntries: 10 }) });
    const load = vi.fn(async () => null);
    await cache.readThrough({ kind: "user", key: "u", schema: anySchema, load });
    expect(await cache.readThrough({ kind: "user", key: "u", schema: anySchema, load })).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("loads once for many concurrent misses of one key", async () => {
    const cache = createCache({ store: createMemoryStore({ maxEntries: 10 }) });
    const load = vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return 42;
    });
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        cache.readThrough({ kind: "company", key: "c", schema: anySchema, load }),
      ),
    );
    expect(results).toEqual(Array(20).fill(42));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("does not store a value loaded before an invalidation that happened during the load", async () => {
    const cache = createCache({ store: createMemoryStore({ maxEntries: 10 }) });
    let release = () => {};
    const slowOld = cache.readThrough({
      kind: "interview",
      key: "i",
      schema: anySchema,
      load: () => new Promise((resolve) => (release = () => resolve("old"))),
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await cache.invalidate(["i"]);
    const fresh = cache.readThrough({
      kind: "interview",
      key: "i",
      schema: anySchema,
      load: async () => "new",
    });
    release();
    expect(await slowOld).toBe("old");
    expect(await fresh).toBe("new");
    const after = await cache.readThrough({
      kind: "interview",
      key: "i",
      schema: anySchema,
      load: async () => "db",
    });
    expect(after).not.toBe("old");
  });

  it("treats a shared store's entry of the wrong shape as a miss", async () => {
    // As Upstash is: another deploy may have written the key in an older shape.
    const shared = { ...createMemoryStore({ maxEntries: 10 }), isProcessLocal: false };
    const cache = createCache({ store: shared });
    await cache.readThrough({
      kind: "report",
      key: "r",
      schema: anySchema,
      load: async () => ({ score: "high" }),
    });
    const strict = z.object({ score: z.number() });
    const value = await cache.readThrough({
      kind: "report",
      key: "r",
      schema: strict,
      load: async () => ({ score: 90 }),
    });
    expect(value).toEqual({ score: 90 });
  });

  it("serves the in-process store's own entries without checking their shape again", async () => {
    const cache = createCache({ store: createMemoryStore({ maxEntries: 10 }) });
    const load = vi.fn(async () => ({ score: "high" }));
    const never = z.never();
    await cache.readThrough({ kind: "report", key: "r", schema: never, load });
    expect(await cache.readThrough({ kind: "report", key: "r", schema: never, load })).toEqual({
      score: "high",
    });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("expires entries after their kind's TTL and evicts the least recently used past the bound", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const store = createMemoryStore({ maxEntries: 2 });
    await store.writeIfUnchanged({ key: "a", value: "1", ttlSeconds: 60, generation: "0" });
    await store.writeIfUnchanged({ key: "b", value: "2", ttlSeconds: 600, generation: "0" });
    await store.read("a");
    await store.writeIfUnchanged({ key: "c", value: "3", ttlSeconds: 600, generation: "0" });
    expect((await store.read("b")).entry).toBeNull();
    expect((await store.read("a")).entry).toEqual({ value: "1" });
    vi.setSystemTime(Date.now() + 61_000);
    expect((await store.read("a")).entry).toBeNull();
    expect((await store.read("c")).entry).toEqual({ value: "3" });
  });
});

describe("createCache when the store fails", () => {
  it("serves every read from the loader, counts errors and logs once per interval", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const cache = createCache({ store: failingStore() });
    for (let i = 0; i < 5; i++) {
      expect(
        await cache.readThrough({
          kind: "question",
          key: "q",
          schema: anySchema,
          load: async () => i,
        }),
      ).toBe(i);
    }
    expect((await cache.counters.readKinds()).question.errors).toBe(5);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it("replays invalidations that failed while the store was down before trusting it again", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const store = failingStore();
    store.isDown = false;
    const cache = createCache({ store });
    await cache.readThrough({
      kind: "question",
      key: "q",
      schema: anySchema,
      load: async () => "v1",
    });
    store.isDown = true;
    await cache.invalidate(["q"]);
    store.isDown = false;
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 5_000);
    const value = await cache.readThrough({
      kind: "question",
      key: "q",
      schema: anySchema,
      load: async () => "v2",
    });
    expect(value).toBe("v2");
    expect(store.invalidated).toContainEqual(["q"]);
  });
});
