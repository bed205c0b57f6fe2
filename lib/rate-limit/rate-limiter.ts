import "server-only";

export type RateLimitResult = {
  isAllowed: boolean;
  limit: number;
  remaining: number;
  /** Unix time in ms when the window frees up. */
  resetAtMs: number;
};

export interface RateLimiter {
  readonly backend: "upstash" | "memory" | "off";
  check(identifier: string): Promise<RateLimitResult>;
}
