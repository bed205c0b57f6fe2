import { count } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";

/** Row count of a table: bad requests must leave it unchanged. */
export async function countRows(table: PgTable): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ total: count() }).from(table);
  return row?.total ?? 0;
}
