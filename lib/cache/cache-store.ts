import "server-only";

/** What the cache needs from a backend; both the in-process map and Upstash Redis provide it. */
export interface CacheStore {
  readonly backend: "memory" | "upstash";
  /** The value and the key's invalidation generation, read in one round trip. */
  read(key: string): Promise<{ value: string | null; generation: string }>;
  /** Stores the value only if no invalidation happened since `read` returned `generation`. */
  writeIfUnchanged(options: {
    key: string;
    value: string;
    ttlSeconds: number;
    generation: string;
  }): Promise<void>;
  /** Deletes the keys and bumps their generations, so in-flight loads cannot write old data back. */
  invalidate(keys: string[]): Promise<void>;
  /** Keys matching a glob pattern, found with SCAN (never KEYS) on Redis. */
  scan(pattern: string): Promise<string[]>;
  addCounters(deltas: Record<string, number>): Promise<void>;
  readCounters(): Promise<Record<string, number>>;
}
