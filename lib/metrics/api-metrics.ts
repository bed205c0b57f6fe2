import "server-only";
import { getRateLimiter } from "@/lib/rate-limit/get-rate-limiter";
import { getMetrics } from "./get-metrics";

const fields = {
  responses: "http:responses",
  clientErrors: "http:4xx",
  serverErrors: "http:5xx",
  rateLimited: "ratelimit:rejected",
} as const;

/** One API response by class, for the operator's error rates. */
export function countApiResponse(status: number): void {
  const metrics = getMetrics();
  metrics.add(fields.responses);
  if (status >= 500) metrics.add(fields.serverErrors);
  else if (status >= 400) metrics.add(fields.clientErrors);
}

export function countRateLimitRejection(): void {
  getMetrics().add(fields.rateLimited);
}

/** Rate-limit rejections and API responses by class: the stats API and the operator page. */
export async function readApiMetrics() {
  const totals = await getMetrics().read();
  return {
    rateLimit: { backend: getRateLimiter().backend, rejected: totals[fields.rateLimited] ?? 0 },
    api: {
      responses: totals[fields.responses] ?? 0,
      clientErrors: totals[fields.clientErrors] ?? 0,
      serverErrors: totals[fields.serverErrors] ?? 0,
    },
  };
}
