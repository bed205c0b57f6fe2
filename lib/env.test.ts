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

  // A start that would lose data or never run a job is refused.
  describe("deploy safety", () => {
    const database = "postgres://u:p@db.example:5432/app";
    const secret = "s".repeat(32);

    it("refuses to start on Vercel without DATABASE_URL, BETTER_AUTH_SECRET and APP_URL, naming each", async () => {
      const result = await loadEnv({ VERCEL: "1", NODE_ENV: "production" });
      expect(result.ok).toBe(false);
      const stderr = result.ok ? "" : result.stderr;
      expect(stderr).toMatch(/DATABASE_URL: is required on Vercel/);
      expect(stderr).toMatch(/BETTER_AUTH_SECRET: is required on Vercel/);
      expect(stderr).toMatch(/APP_URL: is required on Vercel/);
    });

    it("refuses Vercel with only the database missing, naming DATABASE_URL alone", async () => {
      const result = await loadEnv({
        VERCEL: "1",
        BETTER_AUTH_SECRET: secret,
        APP_URL: "https://interviews.example.com",
      });
      const stderr = result.ok ? "" : result.stderr;
      expect(stderr).toMatch(/DATABASE_URL: is required on Vercel/);
      expect(stderr).not.toMatch(/(APP_URL|BETTER_AUTH_SECRET): is required/);
    });

    it("starts on Vercel with a database, a secret and the public URL", async () => {
      const result = await loadEnv({
        VERCEL: "1",
        NODE_ENV: "production",
        DATABASE_URL: database,
        BETTER_AUTH_SECRET: secret,
        APP_URL: "https://interviews.example.com",
      });
      expect(result).toMatchObject({ ok: true, value: { db: database } });
    });

    it("keeps the embedded database for a production server off Vercel", async () => {
      expect(await loadEnv({ NODE_ENV: "production" })).toMatchObject({ ok: true });
    });

    it("refuses INNGEST_DEV in production but not in development", async () => {
      const result = await loadEnv({ NODE_ENV: "production", INNGEST_DEV: "true" });
      expect(result.ok ? "" : result.stderr).toMatch(/INNGEST_DEV: must not be set in production/);
      expect(await loadEnv({ INNGEST_DEV: "true" })).toMatchObject({ ok: true });
    });

    it("refuses WEBHOOKS_ALLOW_LOCAL with a database of its own or on Vercel, not on the embedded default", async () => {
      const deployed = await loadEnv({
        NODE_ENV: "production",
        DATABASE_URL: "postgres://app@db.example.com/app",
        WEBHOOKS_ALLOW_LOCAL: "true",
      });
      expect(deployed.ok ? "" : deployed.stderr).toMatch(
        /WEBHOOKS_ALLOW_LOCAL: is only for the embedded default/,
      );
      expect(await loadEnv({ NODE_ENV: "production", WEBHOOKS_ALLOW_LOCAL: "true" })).toMatchObject(
        { ok: true },
      );
    });

    it("refuses an Inngest event key without its signing key", async () => {
      const result = await loadEnv({ INNGEST_EVENT_KEY: "evt-key" });
      expect(result.ok ? "" : result.stderr).toMatch(
        /INNGEST_SIGNING_KEY: is required with INNGEST_EVENT_KEY/,
      );
      expect(
        await loadEnv({ INNGEST_EVENT_KEY: "evt-key", INNGEST_SIGNING_KEY: "signkey-prod-0" }),
      ).toMatchObject({ ok: true });
    });
  });
});
