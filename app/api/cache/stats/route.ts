import { requireOperator } from "@/lib/auth/require-user";
import { readCacheStats } from "@/lib/cache/read-cache-stats";
import { routeHandler } from "@/lib/http/route-handler";

// GET /api/cache/stats – operators: hits, misses, errors and hit rate per kind, rate-limit rejections
export const GET = routeHandler(async ({ req }) => {
  await requireOperator(req);
  return Response.json(await readCacheStats());
});
