import { requireOperator } from "@/lib/auth/require-user";
import { readCacheStats } from "@/lib/cache/read-cache-stats";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler } from "@/lib/http/route-handler";
import { readApiMetrics } from "@/lib/metrics/api-metrics";

// GET /api/cache/stats – operators: hits, misses, errors and hit rate per kind, rate-limit rejections
export const GET = routeHandler(async ({ req }) => {
  await requireOperator(req);
  const [cache, metrics] = await Promise.all([readCacheStats(), readApiMetrics()]);
  return Response.json({ ...cache, ...metrics });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
