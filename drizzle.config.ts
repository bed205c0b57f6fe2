import { defineConfig } from "drizzle-kit";
import { z } from "zod";

// Runs outside Next, so it reads DATABASE_URL itself; generating migrations needs no database.
const databaseUrl = z
  .string()
  .url()
  .optional()
  .parse(process.env.DATABASE_URL || undefined);

export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
  ...(databaseUrl ? { dbCredentials: { url: databaseUrl } } : {}),
});
