// `npm run db:migrate`: applies pending migrations; a deploy step of its own, never inside `next build`.
import { z } from "zod";
import { openDatabase } from "./open-database";

const databaseUrl = z
  .string()
  .url()
  .optional()
  .parse(process.env.DATABASE_URL || undefined);
const pgliteDataDir = process.env.PGLITE_DATA_DIR || ".data/pglite";

const database = await openDatabase({ databaseUrl, pgliteDataDir, migrate: true });
await database.close();
process.stdout.write(`Migrations applied (${database.driver}).\n`);
