// One `next start` per measurement, so every route is timed on a server that has loaded nothing.
import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { freePort } from "../tests/support/free-port";
import { killProcessGroup, onExitKill, waitForGroupExit } from "./cleanup";
import { childEnv } from "./env";

export type FirstRequest = {
  status: number;
  /** From spawning `next start` until it accepts a connection. */
  listenMs: number;
  /** From spawning `next start` until the first response has arrived in full. */
  firstResponseMs: number;
  /** The request alone: sent once the server listens, until its body has arrived. */
  requestMs: number;
};

async function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function stop(server: ChildProcess): Promise<void> {
  killProcessGroup(server, "SIGTERM");
  if (!(await waitForGroupExit(server, 10_000))) killProcessGroup(server, "SIGKILL");
  // The embedded database folder is locked until the server is gone; the next start needs it.
  await waitForGroupExit(server, 5_000);
}

/**
 * Starts the build in `dir` on a free port with the prepared data folder, waits until it listens
 * (a TCP connect, which loads no route), requests `urlPath` once, and stops it.
 */
export async function timeFirstRequest(options: {
  dir: string;
  dataDir: string;
  urlPath: string;
  timeoutMs?: number;
}): Promise<FirstRequest> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const server = spawn(
    path.join(options.dir, "node_modules/.bin/next"),
    ["start", "-p", String(port)],
    {
      cwd: options.dir,
      env: childEnv({
        NODE_ENV: "production",
        PGLITE_DATA_DIR: options.dataDir,
        PORT: String(port),
        APP_URL: baseUrl,
      }),
      stdio: ["ignore", "ignore", "pipe"],
      detached: true,
    },
  );
  const forget = onExitKill(() => killProcessGroup(server, "SIGKILL"));
  const errors: string[] = [];
  server.stderr?.on("data", (chunk: Buffer) => errors.push(chunk.toString()));
  try {
    const deadline = started + (options.timeoutMs ?? 60_000);
    while (!(await acceptsConnections(port))) {
      if (server.exitCode !== null || performance.now() > deadline) {
        throw new Error(`next start did not listen (exit ${server.exitCode}): ${errors.join("")}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const listening = performance.now();
    const response = await fetch(`${baseUrl}${options.urlPath}`, {
      signal: AbortSignal.timeout(60_000),
    });
    await response.arrayBuffer();
    const answered = performance.now();
    return {
      status: response.status,
      listenMs: listening - started,
      firstResponseMs: answered - started,
      requestMs: answered - listening,
    };
  } finally {
    await stop(server);
    forget();
  }
}
