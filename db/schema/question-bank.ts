import { index, pgTable, text, timestamp, uuid, vector } from "drizzle-orm/pg-core";
import { companies } from "./companies";

export const embeddingDimensions = 1536;

// Canonical questions; company_id null means shared by every company.
export const questionBank = pgTable(
  "question_bank",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "cascade" }),
    content: text("content").notNull(),
    category: text("category").notNull(),
    competency: text("competency").notNull(),
    language: text("language").notNull().default("en"),
    embedding: vector("embedding", { dimensions: embeddingDimensions }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("question_bank_language_competency_idx").on(table.language, table.competency),
    index("question_bank_company_id_idx").on(table.companyId),
  ],
);

export type BankQuestion = typeof questionBank.$inferSelect;
export type NewBankQuestion = typeof questionBank.$inferInsert;
