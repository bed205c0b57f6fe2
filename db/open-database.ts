// Opens the one database the app uses: Postgres over `pg` when a URL is given, else embedded PGlite.
// Runs inside Next (through db/client.ts) and outside it (migrate, seed, benchmarks, tests).
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { acquireDataDirLock } from "./data-dir-lock";
import * as schema from "./schema";

// Both drivers expose the same query builder; typing them as one keeps every query driver-agnostic.
export type Db = NodePgDatabase<typeof schema>;
export type DbTransaction = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Either the database or an open transaction: queries that take it compose into transactions. */
export type Queryable = Db | DbTransaction;
export type DatabaseDriver = "postgres" | "pglite";
export type Database = { db: Db; driver: DatabaseDriver; close: () => Promise<void> };

export const migrationsFolder = path.resolve(process.cwd(), "db/migrations");

type OpenDatabaseOptions = {
  databaseUrl?: string;
  pgliteDataDir: string;
  poolMax?: number;
  /** Apply pending migrations after opening (always true for the embedded database). */
  migrate?: boolean;
  /** A dumped data folder to start from (tests clone one migrated database this way). */
  pgliteTemplate?: Blob;
};

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres({ ...options, databaseUrl: options.databaseUrl });
  return openPglite(options);
}

async function openPostgres(options: OpenDatabaseOptions & { databaseUrl: string }) {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolMax ?? 10 });
  const db = drizzlePg(pool, { schema, casing: "snake_case" });
  if (options.migrate) await migratePg(db, { migrationsFolder });
  return { db, driver: "postgres" as const, close: () => pool.end() };
}

async function openPglite(options: OpenDatabaseOptions) {
  const isInMemory = options.pgliteDataDir.startsWith("memory://");
  const dataDir = isInMemory ? options.pgliteDataDir : path.resolve(options.pgliteDataDir);
  const releaseLock = isInMemory ? () => {} : acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create({
      dataDir,
      extensions: { vector },
      ...(options.pgliteTemplate ? { loadDataDir: options.pgliteTemplate } : {}),
    });
    const pgliteDb = drizzlePglite(client, { schema, casing: "snake_case" });
    await migratePglite(pgliteDb, { migrationsFolder });
    const close = async () => {
      await client.close();
      releaseLock();
    };
    return { db: pgliteDb as unknown as Db, driver: "pglite" as const, close };
  } catch (error) {
    releaseLock();
    throw error;
  }
}
