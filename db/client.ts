import "server-only";
import { env } from "@/lib/env.mjs";
import { type Database, openDatabase } from "./open-database";

// One connection per process, kept on globalThis so `next dev` reloads do not open a second PGlite.
const globalForDatabase = globalThis as typeof globalThis & {
  __interviewDatabase?: Promise<Database>;
};

/** Opens the database on first use (never at import, so `next build` does not create one). */
export function getDatabase(): Promise<Database> {
  globalForDatabase.__interviewDatabase ??= openDatabase({
    databaseUrl: env.DATABASE_URL,
    pgliteDataDir: env.PGLITE_DATA_DIR,
    poolMax: env.DATABASE_POOL_MAX,
  }).catch((error: unknown) => {
    globalForDatabase.__interviewDatabase = undefined;
    throw error;
  });
  return globalForDatabase.__interviewDatabase;
}

export async function getDb() {
  return (await getDatabase()).db;
}

export type { Db, DbTransaction, Queryable } from "./open-database";
