import { requireOperator } from "@/lib/auth/require-user";
import { getCache } from "@/lib/cache/get-cache";
import { routeHandler } from "@/lib/http/route-handler";
import { getRateLimiter } from "@/lib/rate-limit/get-rate-limiter";

// GET /api/cache/stats – operators: hits, misses, errors and hit rate per kind, rate-limit rejections
export const GET = routeHandler(async ({ req }) => {
  await requireOperator(req);
  const cache = getCache();
  const [kinds, totals] = await Promise.all([cache.counters.readKinds(), cache.counters.read()]);
  return Response.json({
    backend: cache.backend,
    kinds,
    rateLimit: { backend: getRateLimiter().backend, rejected: totals["ratelimit:rejected"] ?? 0 },
  });
});
