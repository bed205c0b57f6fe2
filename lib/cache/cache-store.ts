import "server-only";
import type { CounterStore } from "@/lib/metrics/batched-counters";

/**
 * What the cache needs from a backend; both the in-process map and Upstash Redis provide it. Each
 * read returns a copy of what was written (a caller may change it freely), and each store encodes
 * values its own way. Its counters are the cache's own hits, misses and errors.
 */
export interface CacheStore extends CounterStore {
  readonly backend: "memory" | "upstash";
  /**
   * Only this process writes it, so an entry reads back as this process's loader returned it: the
   * shape check a shared store needs (another deploy may have written the key) would be wasted.
   */
  readonly isProcessLocal: boolean;
  /**
   * The entry (null when absent; a stored null is `{ value: null }`) and the key's invalidation
   * generation, read in one round trip.
   */
  read(key: string): Promise<{ entry: { value: unknown } | null; generation: string }>;
  /** Stores the value only if no invalidation happened since `read` returned `generation`. */
  writeIfUnchanged(options: {
    key: string;
    value: unknown;
    ttlSeconds: number;
    generation: string;
  }): Promise<void>;
  /** Deletes the keys and bumps their generations, so in-flight loads cannot write old data back. */
  invalidate(keys: string[]): Promise<void>;
  /** Keys matching a glob pattern, found with SCAN (never KEYS) on Redis. */
  scan(pattern: string): Promise<string[]>;
}
