import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env.mjs";

/**
 * The embedded default needs no configuration, so it keeps a generated secret beside its data
 * folder; with DATABASE_URL the env module already demands BETTER_AUTH_SECRET.
 */
export function getAuthSecret(): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  if (env.PGLITE_DATA_DIR.startsWith("memory://")) return randomBytes(32).toString("base64url");
  const secretPath = `${path.resolve(env.PGLITE_DATA_DIR)}.auth-secret`;
  fs.mkdirSync(path.dirname(secretPath), { recursive: true });
  try {
    fs.writeFileSync(secretPath, randomBytes(32).toString("base64url"), {
      flag: "wx",
      mode: 0o600,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return fs.readFileSync(secretPath, "utf8").trim();
}
