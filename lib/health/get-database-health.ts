import "server-only";
import { sql } from "drizzle-orm";
import { getDatabase } from "@/db/client";
import { redactError } from "@/lib/observability/redact-error";
import { getBackends } from "./get-backends";

export async function getDatabaseHealth() {
  const driver = getBackends().database;
  const startedAt = performance.now();
  try {
    const { db } = await getDatabase();
    await db.execute(sql`select 1`);
    return { driver, isReachable: true, latencyMs: Math.round(performance.now() - startedAt) };
  } catch (error) {
    console.error("health check: database unreachable", redactError(error));
    return { driver, isReachable: false, latencyMs: null };
  }
}
