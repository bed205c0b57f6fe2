// Starts the production build (`next start`) on a spare port with a fresh embedded database
// seeded with the demo data. Builds nothing: `npm run build` comes first.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { z } from "zod";
import { freePort } from "../../support/free-port";
import { e2eEnv } from "./e2e-env";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../../..");

/** The parts of `npm run db:seed -- --json` the browser tests use; the rest passes through. */
export const seedOutputSchema = z.looseObject({
  companyId: z.string(),
  positionIds: z.array(z.string()).min(1),
  interviewId: z.string(),
  inviteToken: z.string(),
  inviteUrl: z.string(),
  apiToken: z.string(),
  operatorApiToken: z.string(),
  recruiter: z.object({ email: z.string(), password: z.string() }),
  operator: z.object({ email: z.string(), password: z.string() }),
  /** The interviews the seed took through the offline pipeline to a report. */
  evaluatedInterviews: z
    .array(z.object({ id: z.string(), status: z.string().optional() }))
    .optional(),
  otherCompany: z.object({
    companyId: z.string(),
    apiToken: z.string(),
    recruiter: z.object({ email: z.string(), password: z.string() }),
  }),
});
export type SeedOutput = z.infer<typeof seedOutputSchema>;

export type AppServer = {
  baseUrl: string;
  dataDir: string;
  seed: SeedOutput;
  /** Everything the server wrote to stdout and stderr so far. */
  logs: () => string;
  stop: () => Promise<void>;
};

async function waitForHealth(baseUrl: string, server: ChildProcess) {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("next start did not become healthy in 30 s");
}

/**
 * Seeds a new temporary data folder, then serves the build from it. `env` adds variables for
 * both (e.g. a fake Deepgram URL). Call `stop()` to end the server and remove the folder.
 */
export async function startAppServer(
  options: { env?: Record<string, string> } = {},
): Promise<AppServer> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("No production build found: run `npm run build` before the browser tests.");
  }
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "interview-e2e-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Vitest sets NODE_ENV=test; the server under test is a production one.
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PGLITE_DATA_DIR: path.join(dataDir, "pglite"),
    PORT: String(port),
    APP_URL: baseUrl,
    // Browser tests load many pages and poll; the limit itself has its own tests.
    RATE_LIMIT_PER_MINUTE: "5000",
    RATE_LIMIT_PER_IP_PER_MINUTE: "50000",
    // Every file signs the demo users in again; the per-account limit has its own tests.
    SIGN_IN_ATTEMPTS_PER_ACCOUNT: "1000",
    // The webhook settings test points an endpoint at a receiver of its own on 127.0.0.1.
    WEBHOOKS_ALLOW_LOCAL: "1",
    ...options.env,
  };
  const { stdout } = await run("npm", ["run", "-s", "db:seed", "--", "--json"], {
    cwd: root,
    env,
    maxBuffer: 10 * 1024 * 1024,
  });
  const seed = seedOutputSchema.parse(JSON.parse(stdout));

  // Its own process group, so stopping it also stops the next-server child it forks.
  const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const output: string[] = [];
  server.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => {
    output.push(chunk.toString());
    process.stderr.write(chunk);
  });
  const stop = async () => {
    if (server.exitCode === null && server.pid) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      process.kill(-server.pid, "SIGTERM");
      await exited;
    }
    if (!e2eEnv.E2E_KEEP_DATA) await fs.rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, server);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, dataDir, seed, logs: () => output.join(""), stop };
}
