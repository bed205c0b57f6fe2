import fs from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { type Database, openDatabase } from "@/db/open-database";

export type TestDatabase = Database & { url: string | null };

async function loadTemplate(templatePath: string): Promise<Blob> {
  return new Blob([await fs.readFile(templatePath)]);
}

/** In-process PGlite, the embedded default's path. */
export async function openPgliteTestDatabase(options: { templatePath?: string }) {
  const template = options.templatePath ? await loadTemplate(options.templatePath) : undefined;
  const database = await openDatabase({ pgliteDataDir: "memory://", pgliteTemplate: template });
  return { ...database, url: null } satisfies TestDatabase;
}

/**
 * The deployed path: node-postgres over the Postgres wire protocol, to a PGlite (with pgvector)
 * served by pglite-socket, since Debian ships no pgvector for a real server.
 */
export async function openPgTestDatabase(options: {
  templatePath?: string;
  migrate?: boolean;
}): Promise<TestDatabase> {
  const template = options.templatePath ? await loadTemplate(options.templatePath) : undefined;
  const client = await PGlite.create({
    extensions: { vector },
    ...(template ? { loadDataDir: template } : {}),
  });
  const server = new PGLiteSocketServer({
    db: client,
    port: 0,
    host: "127.0.0.1",
    maxConnections: 20,
  });
  await server.start();
  const { port } = server as unknown as { port: number };
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  const database = await openDatabase({
    databaseUrl: url,
    pgliteDataDir: "unused",
    // pglite-socket runs every connection's messages through PGlite's one session, so two pooled
    // connections interleave their unnamed statements (08P01 under concurrent requests): one
    // connection is what it can serve. Concurrency is still exercised by the in-process tests.
    poolMax: 1,
    migrate: options.migrate ?? true,
  });
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      await server.stop();
      await client.close();
    },
  };
}
