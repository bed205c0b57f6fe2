import "server-only";
import type { RateLimiter } from "./rate-limiter";

/**
 * The embedded default's equivalent of Upstash's sliding window: the previous fixed window's count
 * weighted by how much of it still overlaps the sliding window, plus the current window's count.
 */
export function createMemoryRateLimiter(options: {
  limit: number;
  windowMs: number;
  maxIdentifiers?: number;
}): RateLimiter {
  const windows = new Map<string, { start: number; current: number; previous: number }>();
  const maxIdentifiers = options.maxIdentifiers ?? 50_000;

  return {
    backend: "memory",
    async check(identifier) {
      const now = Date.now();
      const start = now - (now % options.windowMs);
      let entry = windows.get(identifier);
      if (!entry || entry.start < start - options.windowMs) {
        entry = { start, current: 0, previous: 0 };
      } else if (entry.start < start) {
        entry = { start, current: 0, previous: entry.current };
      }
      windows.delete(identifier);
      windows.set(identifier, entry);
      if (windows.size > maxIdentifiers) {
        const oldest = windows.keys().next().value;
        if (oldest !== undefined) windows.delete(oldest);
      }

      const overlap = 1 - (now - start) / options.windowMs;
      const used = Math.floor(entry.previous * overlap) + entry.current;
      const isAllowed = used < options.limit;
      if (isAllowed) entry.current += 1;
      return {
        isAllowed,
        limit: options.limit,
        remaining: Math.max(0, options.limit - used - (isAllowed ? 1 : 0)),
        resetAtMs: start + options.windowMs,
      };
    },
  };
}
