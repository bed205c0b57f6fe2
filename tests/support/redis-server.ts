// A throwaway redis-server per test file: no persistence, loopback only, on a port nobody else
// holds. kill() and restart() let tests take the backend away mid-run and bring it back.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "./free-port";

export type RedisServer = {
  port: number;
  url: string;
  stop(): Promise<void>;
  kill(): void;
  restart(): Promise<void>;
};

const INSTALL_HINT = "apt-get install -y redis-server";

export async function startRedisServer(): Promise<RedisServer | null> {
  const binary = findOnPath("redis-server");
  if (!binary) {
    if (process.env.CI === "true")
      throw new Error(`redis-server is required in CI: ${INSTALL_HINT}`);
    console.info(`skipping: redis-server not installed (${INSTALL_HINT})`);
    return null;
  }
  const port = await freePort();
  let child = await launch(binary, port);
  // A crashed test run must not leave servers behind holding ports.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      process.off("exit", killOnExit);
      await terminate(child, "SIGTERM");
    },
    kill() {
      child.kill("SIGKILL");
    },
    async restart() {
      // The old process must be gone before the port can be bound again.
      await terminate(child, "SIGKILL");
      child = await launch(binary, port);
    },
  };
}

function findOnPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {}
  }
  return null;
}

async function launch(binary: string, port: number): Promise<ChildProcess> {
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
  const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
  // Keep the tail of the log so a failed start says why (port taken, bad flag, …).
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-2000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    if (await answersPing(port)) return child;
    await sleep(25);
  }
  child.kill("SIGKILL");
  throw new Error(`redis-server did not start on port ${port}:\n${output}`);
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}

function terminate(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}
