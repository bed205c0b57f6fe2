import { sql } from "drizzle-orm";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  openPgliteTestDatabase,
  openPgTestDatabase,
  type TestDatabase,
} from "@/tests/support/open-test-database";
import { testEnv } from "@/tests/support/test-env";
import { migrationsFolder } from "./open-database";

// A fresh, empty database (no template), migrated by the driver of this Vitest project.
let database: TestDatabase;
beforeAll(async () => {
  database =
    testEnv.TEST_DB_DRIVER === "pg"
      ? await openPgTestDatabase({ migrate: true })
      : await openPgliteTestDatabase({});
}, 60_000);
afterAll(async () => {
  await database?.close();
});

async function readIndexes() {
  const result = await database.db.execute<{
    tablename: string;
    indexname: string;
    indexdef: string;
  }>(sql`select tablename, indexname, indexdef from pg_indexes where schemaname = 'public'`);
  return result.rows;
}

describe(`migrations on ${testEnv.TEST_DB_DRIVER}`, () => {
  it("create the vector extension", async () => {
    const result = await database.db.execute<{ extname: string }>(
      sql`select extname from pg_extension where extname = 'vector'`,
    );
    expect(result.rows).toEqual([{ extname: "vector" }]);
  });

  it("create the transcript (interview_id, speaker) index", async () => {
    const index = (await readIndexes()).find(
      (row) => row.tablename === "transcript_segments" && row.indexname.includes("speaker"),
    );
    expect(index?.indexdef).toMatch(/USING btree \(interview_id, speaker\)/);
  });

  it("create the answer_bank (question_id) index", async () => {
    const index = (await readIndexes()).find(
      (row) => row.indexname === "answer_bank_question_id_idx",
    );
    expect(index?.indexdef).toMatch(/ON public\.answer_bank USING btree \(question_id\)/);
  });

  it("create an HNSW cosine index on the answer bank embeddings", async () => {
    const index = (await readIndexes()).find(
      (row) => row.indexname === "answer_bank_embedding_hnsw_idx",
    );
    expect(index?.indexdef).toMatch(/USING hnsw \(embedding vector_cosine_ops\)/);
  });

  it("store embeddings as vector(1536)", async () => {
    const result = await database.db.execute<{ type: string }>(
      sql`select format_type(atttypid, atttypmod) as type from pg_attribute
          where attrelid = 'answer_bank'::regclass and attname = 'embedding'`,
    );
    expect(result.rows[0]?.type).toBe("vector(1536)");
  });

  it("keep invite and API token hashes unique", async () => {
    const unique = (await readIndexes()).filter((row) =>
      row.indexdef.startsWith("CREATE UNIQUE INDEX"),
    );
    const definitions = unique.map((row) => row.indexdef).join("\n");
    expect(definitions).toMatch(/interviews USING btree \(invite_token_hash\)/);
    expect(definitions).toMatch(/api_tokens USING btree \(token_hash\)/);
  });

  it("are idempotent: applying them again changes nothing", async () => {
    const before = await readIndexes();
    if (testEnv.TEST_DB_DRIVER === "pg") {
      await migratePg(database.db, { migrationsFolder });
    } else {
      const { migrate } = await import("drizzle-orm/pglite/migrator");
      await migrate(database.db as never, { migrationsFolder });
    }
    expect(await readIndexes()).toEqual(before);
  });
});
