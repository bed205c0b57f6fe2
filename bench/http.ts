// Part 3's servers: a production build started with `next start` on a spare port, on its own
// freshly seeded PGlite data folder, as tests/smoke/run-smoke.ts does.
import { type ChildProcess, spawn } from "node:child_process";
import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { freePort } from "@/tests/support/free-port";
import { killProcessGroup, onCleanup, onExitKill, waitForGroupExit } from "./cleanup";
import { childEnv } from "./env";

const seedSchema = z.object({
  interviewId: z.string(),
  apiToken: z.string(),
  operatorApiToken: z.string(),
  inviteToken: z.string(),
});
export type Seed = z.infer<typeof seedSchema>;
export type CacheMode = "off" | "auto";
export type NextServer = { baseUrl: string; seed: Seed; stop: () => Promise<void> };

export async function startNext(cacheMode: CacheMode): Promise<NextServer> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), `interview-bench-${cacheMode}-`));
  const port = await freePort();
  const env = childEnv({
    PGLITE_DATA_DIR: path.join(dir, "pglite"),
    PORT: String(port),
    CACHE_MODE: cacheMode,
    RATE_LIMIT_PER_MINUTE: "0",
    RATE_LIMIT_PER_IP_PER_MINUTE: "0",
  });
  const removeDir = () => fsp.rm(dir, { recursive: true, force: true, maxRetries: 3 });
  onCleanup(`data folder ${dir}`, removeDir);
  const seed = await seedDataFolder(env);
  // Its own process group, so stopping it also stops the next-server child it forks.
  const server = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(port)], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  const keepTail = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  server.stdout?.on("data", keepTail);
  server.stderr?.on("data", keepTail);
  const killGroup = (signal: NodeJS.Signals) => killProcessGroup(server, signal);
  const forget = onExitKill(() => killGroup("SIGKILL"));
  let stopped: Promise<void> | null = null;
  const stop = () => {
    stopped ??= (async () => {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      killGroup("SIGTERM");
      // next start normally exits at once; a stuck one is not allowed to hold the port.
      const timer = setTimeout(() => killGroup("SIGKILL"), 5_000);
      if (server.exitCode === null && server.signalCode === null) await exited;
      clearTimeout(timer);
      // next-server may still be closing PGlite; the folder goes only once nobody writes to it.
      if (!(await waitForGroupExit(server, 5_000))) killGroup("SIGKILL");
      await waitForGroupExit(server, 2_000);
      forget();
      await removeDir();
    })();
    return stopped;
  };
  onCleanup(`next start (CACHE_MODE=${cacheMode})`, stop);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, server, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, seed, stop };
}

/** `npm run db:seed -- --json` in its own group, so an interrupted run does not leave it going. */
async function seedDataFolder(env: NodeJS.ProcessEnv): Promise<Seed> {
  const child = spawn("npm", ["run", "-s", "db:seed", "--", "--json"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const forget = onExitKill(() => killProcessGroup(child, "SIGKILL"));
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  forget();
  if (code !== 0) throw new Error(`db:seed exited with ${code}:\n${stderr}`);
  return seedSchema.parse(JSON.parse(stdout));
}

async function waitForHealth(baseUrl: string, server: ChildProcess, log: () => string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`next start exited with ${server.exitCode}:\n${log()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {}
    await sleep(200);
  }
  throw new Error(`next start did not become healthy in 30 s:\n${log()}`);
}
