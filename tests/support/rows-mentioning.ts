// Looks at every row of every table as JSON text: where a value (an id, an email) still appears
// after an erase, and a digest of all the rows it does not appear in.
import { getTableName, is, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import * as schema from "@/db/schema";

const tableNames = Object.values(schema).flatMap((value: unknown) =>
  is(value, PgTable) ? [getTableName(value)] : [],
);

async function perTable<T>(query: (table: SQLWrapper) => SQL, read: (row: unknown) => T) {
  const db = await getDb();
  const entries = await Promise.all(
    tableNames.map(async (name) => {
      const result = await db.execute(query(sql.identifier(name)));
      const [row] = (result as unknown as { rows: unknown[] }).rows;
      return [name, read(row)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** Tables with rows whose text holds `needle`, with how many; tables without are left out. */
export async function countRowsMentioning(needle: string): Promise<Record<string, number>> {
  const counts = await perTable(
    (table) =>
      sql`select count(*)::int as total from ${table} t where position(${needle} in to_jsonb(t)::text) > 0`,
    (row) => (row as { total: number }).total,
  );
  return Object.fromEntries(Object.entries(counts).filter(([, total]) => total > 0));
}

/**
 * A digest per table of the rows that do not mention `needle`: equal before and after an erase
 * means nothing else changed. `last_used_at` is left out: authenticating a token stamps it.
 */
export function fingerprintRowsNotMentioning(needle: string): Promise<Record<string, string>> {
  return perTable(
    (table) => sql`select md5(coalesce(string_agg(row_text, ',' order by row_text), '')) as digest
      from (select (to_jsonb(t) - 'last_used_at')::text as row_text from ${table} t) rows
      where position(${needle} in row_text) = 0`,
    (row) => (row as { digest: string }).digest,
  );
}
