// The database settings, read by db/ itself (it imports nothing of the app). lib/env.mjs validates
// the same shape with the rest of the environment, so a bad value also fails the build at start.
import { z } from "zod";

const postgresUrl = z
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), "must be a postgres:// URL");

export const databaseEnvShape = {
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
};

/** Reads the settings when the database is opened, not at import (lib/env.mjs imports the shape). */
export function readDatabaseEnv() {
  // biome-ignore lint/style/noProcessEnv: db/ imports nothing of the app, lib/env.mjs included.
  const source = process.env;
  // As in lib/env.mjs (emptyStringAsUndefined): `DATABASE_URL=` in a .env file means unset.
  const values = Object.fromEntries(
    Object.keys(databaseEnvShape).map((name) => [name, source[name] || undefined]),
  );
  const parsed = z.object(databaseEnvShape).safeParse(values);
  if (parsed.success) return parsed.data;
  throw new Error(`Invalid environment variables:\n${z.prettifyError(parsed.error)}`);
}
