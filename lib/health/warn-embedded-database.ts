import "server-only";
import path from "node:path";
import { env } from "@/lib/env.mjs";

/**
 * The start-up warning for a production server on the embedded database: allowed on one machine
 * (`next start` self-hosted), but whoever runs it must know the data lives only there.
 */
export function describeEmbeddedDatabase(options: {
  nodeEnv: string;
  databaseUrl: string | undefined;
  pgliteDataDir: string;
}): string | null {
  if (options.nodeEnv !== "production" || options.databaseUrl) return null;
  const where = options.pgliteDataDir.startsWith("memory://")
    ? "in memory, lost when this process stops"
    : `in ${path.resolve(options.pgliteDataDir)}, on this machine only`;
  return (
    `WARNING: no DATABASE_URL, so all data (candidates, transcripts, reports) lives in the embedded database ${where}. ` +
    "It is not shared with other instances and not backed up; set DATABASE_URL (Postgres with pgvector) for anything else."
  );
}

export function warnIfEmbeddedDatabase(): void {
  const warning = describeEmbeddedDatabase({
    nodeEnv: env.NODE_ENV,
    databaseUrl: env.DATABASE_URL,
    pgliteDataDir: env.PGLITE_DATA_DIR,
  });
  if (warning) console.warn(warning);
}
