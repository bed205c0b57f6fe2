import "server-only";
import { readDatabaseEnv } from "./env.mjs";
import { type Database, openDatabase } from "./open-database";

// One connection per process, kept on globalThis so `next dev` reloads do not open a second PGlite.
const globalForDatabase = globalThis as typeof globalThis & {
  __interviewDatabase?: Promise<Database>;
};

/** Opens the database on first use (never at import, so `next build` does not create one). */
export function getDatabase(): Promise<Database> {
  globalForDatabase.__interviewDatabase ??= openConfiguredDatabase().catch((error: unknown) => {
    globalForDatabase.__interviewDatabase = undefined;
    throw error;
  });
  return globalForDatabase.__interviewDatabase;
}

async function openConfiguredDatabase(): Promise<Database> {
  const settings = readDatabaseEnv();
  return openDatabase({
    databaseUrl: settings.DATABASE_URL,
    pgliteDataDir: settings.PGLITE_DATA_DIR,
    poolMax: settings.DATABASE_POOL_MAX,
  });
}

export async function getDb() {
  return (await getDatabase()).db;
}

export type { Db, DbTransaction, Queryable } from "./open-database";
