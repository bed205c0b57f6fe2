// Issue 19's migration on a database that already holds data in the shape before it: companies,
// recruiters tied to them by users.company_id, their API tokens and sessions, and an operator.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationsFolder } from "./open-database";

const firstWorkspaceMigration = "0011_workspaces_members_and_mail";

/** A copy of the migrations folder that stops before the workspace migration. */
async function migrationsBefore(tag: string): Promise<string> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), "migrations-before-"));
  const journal = JSON.parse(
    await fs.readFile(path.join(migrationsFolder, "meta/_journal.json"), "utf8"),
  ) as { entries: { tag: string; idx: number }[] };
  const cut = journal.entries.findIndex((entry) => entry.tag === tag);
  expect(cut).toBeGreaterThan(0);
  await fs.mkdir(path.join(folder, "meta"));
  await fs.writeFile(
    path.join(folder, "meta/_journal.json"),
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }),
  );
  for (const entry of journal.entries.slice(0, cut)) {
    await fs.copyFile(
      path.join(migrationsFolder, `${entry.tag}.sql`),
      path.join(folder, `${entry.tag}.sql`),
    );
  }
  return folder;
}

const client = await PGlite.create({ extensions: { vector } });
const db = drizzle(client);
const rows = async <T>(query: ReturnType<typeof sql>) => (await db.execute(query)).rows as T[];

beforeAll(async () => {
  await migrate(db, { migrationsFolder: await migrationsBefore(firstWorkspaceMigration) });
  // Several statements in one call: PGlite's simple-query path.
  await client.exec(`
    insert into companies (id, name) values
      ('11111111-1111-4111-8111-111111111111', 'Acme'),
      ('22222222-2222-4222-8222-222222222222', 'Globex');
    insert into users (id, name, email, role, company_id) values
      ('u-acme-1', 'Ann', 'ann@acme.test', 'recruiter', '11111111-1111-4111-8111-111111111111'),
      ('u-acme-2', 'Bob', 'bob@acme.test', 'recruiter', '11111111-1111-4111-8111-111111111111'),
      ('u-globex', 'Gil', 'gil@globex.test', 'recruiter', '22222222-2222-4222-8222-222222222222'),
      ('u-operator', 'Ops', 'ops@platform.test', 'operator', null);
    insert into api_tokens (user_id, name, token_hash, token_prefix) values
      ('u-acme-1', 'ci', 'hash-acme', 'ivk_acme'),
      ('u-operator', 'metrics', 'hash-ops', 'ivk_ops');
    insert into sessions (id, token, user_id, expires_at) values
      ('s-ann', 'token-ann', 'u-acme-1', now() + interval '1 day'),
      ('s-ops', 'token-ops', 'u-operator', now() + interval '1 day');
  `);
  await migrate(db, { migrationsFolder });
}, 60_000);
afterAll(() => client.close());

describe("the workspace migration on existing data", () => {
  it("makes every existing recruiter an owner of their company, and nobody else a member", async () => {
    const members = await rows<{ user_id: string; company_id: string; role: string }>(
      sql`select user_id, company_id, role from members order by user_id`,
    );
    expect(members).toEqual([
      { user_id: "u-acme-1", company_id: "11111111-1111-4111-8111-111111111111", role: "owner" },
      { user_id: "u-acme-2", company_id: "11111111-1111-4111-8111-111111111111", role: "owner" },
      { user_id: "u-globex", company_id: "22222222-2222-4222-8222-222222222222", role: "owner" },
    ]);
  });

  it("keeps the operator an operator and renames the recruiter platform role to member", async () => {
    const users = await rows<{ id: string; role: string }>(
      sql`select id, role from users order by id`,
    );
    expect(users).toEqual([
      { id: "u-acme-1", role: "member" },
      { id: "u-acme-2", role: "member" },
      { id: "u-globex", role: "member" },
      { id: "u-operator", role: "operator" },
    ]);
    const columns = await rows<{ column_name: string }>(
      sql`select column_name from information_schema.columns where table_name = 'users'`,
    );
    expect(columns.map((column) => column.column_name)).not.toContain("company_id");
  });

  it("binds API tokens to their user's company (none for the operator's)", async () => {
    const tokens = await rows<{ token_prefix: string; company_id: string | null }>(
      sql`select token_prefix, company_id from api_tokens order by token_prefix`,
    );
    expect(tokens).toEqual([
      { token_prefix: "ivk_acme", company_id: "11111111-1111-4111-8111-111111111111" },
      { token_prefix: "ivk_ops", company_id: null },
    ]);
  });

  it("starts existing sessions in the user's company, and gives every company a unique slug", async () => {
    const sessions = await rows<{ id: string; active_organization_id: string | null }>(
      sql`select id, active_organization_id from sessions order by id`,
    );
    expect(sessions).toEqual([
      { id: "s-ann", active_organization_id: "11111111-1111-4111-8111-111111111111" },
      { id: "s-ops", active_organization_id: null },
    ]);
    const slugs = await rows<{ slug: string }>(sql`select slug from companies`);
    expect(new Set(slugs.map((row) => row.slug)).size).toBe(2);
  });
});
