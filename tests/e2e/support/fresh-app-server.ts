// Serves the production build (`next start`) on a spare port over a database nobody has used: no
// seed, so no user, and the first-run setup is open. Embedded PGlite in a new temporary folder
// unless `env` names a DATABASE_URL. Builds nothing: `npm run build` comes first.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../support/free-port";

const root = path.resolve(import.meta.dirname, "../../..");

export type FreshAppServer = {
  baseUrl: string;
  logs: () => string;
  /** Resolves with the first match of `pattern` in the server's output, waiting for it to appear. */
  waitForLog: (pattern: RegExp) => Promise<RegExpExecArray>;
  stop: () => Promise<void>;
};

/** Polls until `probe` gives a value; a generous deadline, so a slow machine only waits longer. */
async function waitFor<T>(what: string, server: ChildProcess, probe: () => Promise<T | null>) {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`gave up waiting for ${what}`);
}

export async function startFreshAppServer(
  options: {
    env?: Record<string, string>;
    /** Runs with the server's env before it starts, while the data folder is still free. */
    prepare?: (env: NodeJS.ProcessEnv) => Promise<void>;
  } = {},
): Promise<FreshAppServer> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("No production build found: run `npm run build` first.");
  }
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "interview-fresh-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PGLITE_DATA_DIR: path.join(dataDir, "pglite"),
    PORT: String(port),
    APP_URL: baseUrl,
    // Only a test that sets its own code uses one; the others read the printed code.
    SETUP_TOKEN: undefined,
    ...options.env,
  };
  await options.prepare?.(env);
  // Its own process group, so stopping it also stops the next-server child it forks.
  const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const output: string[] = [];
  server.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const logs = () => output.join("");
  const stop = async () => {
    if (server.exitCode === null && server.pid) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      process.kill(-server.pid, "SIGTERM");
      await exited;
    }
    await fs.rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor("/api/health", server, async () =>
      (await fetch(`${baseUrl}/api/health`)).ok ? true : null,
    );
  } catch (error) {
    await stop();
    throw new Error(`${String(error)}\n${logs()}`);
  }
  const waitForLog = (pattern: RegExp) =>
    waitFor(`${pattern} in the server log`, server, async () => pattern.exec(logs()));
  return { baseUrl, logs, waitForLog, stop };
}
