import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { companies } from "./companies";

/**
 * The first answer to a request sent with an `Idempotency-Key`: the same key and body get it
 * again; another body under the same key is refused. Kept for a day.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    /** The route and the caller's key, e.g. "POST /api/interviews/batch:abc". */
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    /** Null while the first request is still being answered. */
    responseStatus: integer("response_status"),
    responseBody: jsonb("response_body"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.companyId, table.key] }),
    index("idempotency_keys_created_idx").on(table.createdAt),
  ],
);
