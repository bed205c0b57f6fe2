import { getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import * as schema from "@/db/schema";

const tableNames = Object.values(schema).flatMap((value: unknown) =>
  is(value, PgTable) ? [getTableName(value)] : [],
);

/**
 * A digest of every row of every table, by table: equal before and after a refused request means
 * it wrote nothing. `last_used_at` is left out: authenticating a token stamps it, refused or not.
 */
export async function fingerprintDatabase(): Promise<Record<string, string>> {
  const query = tableNames
    .map(
      (name) =>
        `select '${name}' as name, md5(coalesce(string_agg(row_text, ',' order by row_text), '')) as digest
         from (select (to_jsonb(t) - 'last_used_at')::text as row_text from "${name}" t) rows`,
    )
    .join(" union all ");
  const result = await (await getDb()).execute(sql.raw(query));
  const rows = (result as unknown as { rows: { name: string; digest: string }[] }).rows;
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}
