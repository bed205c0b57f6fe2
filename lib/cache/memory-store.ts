import "server-only";
import type { CacheStore } from "./cache-store";

type Entry = { value: unknown; expiresAtMs: number };

/**
 * The embedded default: an in-process map with TTLs and a size bound (least recently used goes
 * first; a Map keeps insertion order, and a read re-inserts the entry). Values are kept as
 * structured clones and copied again on every read, so no caller can change another's copy; a
 * clone costs about half what the JSON round trip a shared store needs does.
 */
export function createMemoryStore(options: { maxEntries: number }): CacheStore {
  const entries = new Map<string, Entry>();
  const generations = new Map<string, number>();
  const counters = new Map<string, number>();

  const getLive = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return null;
    entries.delete(key);
    if (entry.expiresAtMs <= Date.now()) return null;
    entries.set(key, entry);
    return entry;
  };

  return {
    backend: "memory",
    isProcessLocal: true,
    async read(key) {
      const live = getLive(key);
      return {
        entry: live ? { value: structuredClone(live.value) } : null,
        generation: String(generations.get(key) ?? 0),
      };
    },
    async writeIfUnchanged({ key, value, ttlSeconds, generation }) {
      if (String(generations.get(key) ?? 0) !== generation) return;
      entries.delete(key);
      entries.set(key, {
        value: structuredClone(value),
        expiresAtMs: Date.now() + ttlSeconds * 1000,
      });
      while (entries.size > options.maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    async invalidate(keys) {
      for (const key of keys) {
        entries.delete(key);
        const next = (generations.get(key) ?? 0) + 1;
        generations.delete(key);
        generations.set(key, next);
      }
      // Bounded like the entries: a generation only matters while a load of its key is in flight.
      while (generations.size > options.maxEntries * 2) {
        const oldest = generations.keys().next().value;
        if (oldest === undefined) break;
        generations.delete(oldest);
      }
    },
    async scan(pattern) {
      const regex = new RegExp(
        `^${pattern
          .replace(/[.+^${}()|[\]\\]/g, "\\$&")
          .replace(/\*/g, ".*")
          .replace(/\?/g, ".")}$`,
      );
      return [...entries.keys()].filter((key) => regex.test(key));
    },
    async addCounters(deltas) {
      for (const [field, delta] of Object.entries(deltas)) {
        counters.set(field, (counters.get(field) ?? 0) + delta);
      }
    },
    async readCounters() {
      return Object.fromEntries(counters);
    },
  };
}
