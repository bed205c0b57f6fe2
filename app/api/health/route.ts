import { getBackends } from "@/lib/health/get-backends";
import { getDatabaseHealth } from "@/lib/health/get-database-health";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler } from "@/lib/http/route-handler";

export const dynamic = "force-dynamic";

// GET /api/health – public liveness: is the database reachable, which backends are in use
export const GET = routeHandler(async () => {
  const database = await getDatabaseHealth();
  const { pgliteDataDir: _dataDir, ...backends } = getBackends();
  return Response.json(
    {
      status: database.isReachable ? "ok" : "degraded",
      database: { reachable: database.isReachable, latencyMs: database.latencyMs },
      backends: { ...backends, database: database.driver },
    },
    { status: database.isReachable ? 200 : 503 },
  );
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
