import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const envModule = path.resolve(import.meta.dirname, "env.mjs");

// A fresh process per case: the module validates once, at import, as the app does at start.
async function loadEnv(vars: Record<string, string>) {
  const script = `import(${JSON.stringify(envModule)}).then((m) => console.log(JSON.stringify({ db: m.env.DATABASE_URL ?? null, dir: m.env.PGLITE_DATA_DIR })))`;
  const { PATH, HOME } = process.env;
  try {
    const { stdout } = await run(process.execPath, ["-e", script], {
      env: { PATH, HOME, NODE_ENV: "development", ...vars },
    });
    return { ok: true as const, value: JSON.parse(stdout) };
  } catch (error) {
    return { ok: false as const, stderr: (error as { stderr: string }).stderr };
  }
}

describe("lib/env.mjs", () => {
  it("starts with no variables at all, on the embedded defaults", async () => {
    expect(await loadEnv({})).toEqual({ ok: true, value: { db: null, dir: ".data/pglite" } });
  });

  it("treats empty strings as unset", async () => {
    expect(await loadEnv({ DATABASE_URL: "" })).toMatchObject({ ok: true, value: { db: null } });
  });

  it("fails at start naming a malformed variable", async () => {
    const result = await loadEnv({ DATABASE_URL: "mysql://db.example/app" });
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.stderr).toMatch(
      /Invalid environment variables:\s+DATABASE_URL: must be a postgres/,
    );
  });

  it("demands BETTER_AUTH_SECRET once a real database is configured", async () => {
    const result = await loadEnv({ DATABASE_URL: "postgres://u:p@db.example:5432/app" });
    expect(result.ok ? "" : result.stderr).toMatch(
      /BETTER_AUTH_SECRET: is required when DATABASE_URL is set/,
    );
  });
});
