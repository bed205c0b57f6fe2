// Smoke test of the production build on the embedded default: seed a fresh data folder, start
// `next start` on a spare port, and check the pages and APIs a newcomer meets first.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { z } from "zod";
import { freePort } from "../support/free-port";

const run = promisify(execFile);
const seedSchema = z.object({
  interviewId: z.string(),
  inviteToken: z.string(),
  apiToken: z.string(),
  otherCompany: z.object({ apiToken: z.string() }),
});

async function waitForHealth(baseUrl: string, server: ChildProcess) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return response.json();
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("next start did not become healthy in 20 s");
}

function check(label: string, condition: boolean, detail = "") {
  if (!condition) throw new Error(`smoke: ${label} failed ${detail}`);
  console.info(`ok - ${label}`);
}

async function main() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "interview-smoke-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = { ...process.env, PGLITE_DATA_DIR: path.join(dir, "pglite"), PORT: String(port) };
  const { stdout } = await run("npm", ["run", "-s", "db:seed", "--", "--json"], { env });
  const seed = seedSchema.parse(JSON.parse(stdout));

  // Its own process group, so stopping it also stops the next-server child it forks.
  const server = spawn(path.resolve("node_modules/.bin/next"), ["start"], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  try {
    const health = await waitForHealth(baseUrl, server);
    check(
      "GET /api/health is ok on pglite",
      health.status === "ok" && health.backends.database === "pglite",
    );

    const landing = await fetch(baseUrl);
    check(
      "GET / serves the landing page",
      landing.ok && (await landing.text()).includes("Recruiter sign-in"),
    );

    const questionsUrl = `${baseUrl}/api/interviews/${seed.interviewId}/questions`;
    for (const [label, token] of [
      ["API token", seed.apiToken],
      ["invite token", seed.inviteToken],
    ]) {
      const response = await fetch(questionsUrl, { headers: { authorization: `Bearer ${token}` } });
      const body = (await response.json()) as {
        questions?: { id: string; order: number; content: string }[];
      };
      check(`questions with the ${label}`, response.ok && (body.questions?.length ?? 0) >= 5);
    }
    check("questions without a token are 401", (await fetch(questionsUrl)).status === 401);
    const foreign = await fetch(questionsUrl, {
      headers: { authorization: `Bearer ${seed.otherCompany.apiToken}` },
    });
    check("questions with another company's token are 404", foreign.status === 404);

    const invitePage = await fetch(`${baseUrl}/interview/${seed.inviteToken}`);
    const inviteHtml = await invitePage.text();
    check(
      "the invite landing page names the position",
      invitePage.ok && inviteHtml.includes("Senior Backend Engineer"),
    );
  } finally {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    await exited;
    await fs.rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
