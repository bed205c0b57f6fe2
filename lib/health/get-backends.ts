import "server-only";
import { env } from "@/lib/env.mjs";

/** Which backend serves each part, from configuration alone (no I/O). */
export function getBackends() {
  return {
    database: env.DATABASE_URL ? ("postgres" as const) : ("pglite" as const),
    pgliteDataDir: env.PGLITE_DATA_DIR,
    auth: "better-auth" as const,
  };
}
