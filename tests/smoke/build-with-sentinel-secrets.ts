// `npm test`'s build: `next build` with sentinel values in every secret variable the app reads
// for Deepgram, LiveKit and OpenAI, then a scan of the client bundle (.next/static, what browsers
// download) for those values and for our secret variables' names. A secret that reached client
// code would be inlined there and fail the run. Pages render at request time, so the sentinels
// leave nothing behind in the build that `next start` serves.
import { spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { sentinelSecrets } from "./sentinel-secrets";

// BETTER_AUTH_SECRET is not listed by name: better-auth's client bundles a generic env reader
// that names it (and finds nothing in a browser).
const secretNames = [
  "DEEPGRAM_API_KEY",
  "LIVEKIT_API_SECRET",
  "OPENAI_API_KEY",
  "UPSTASH_REDIS_REST_TOKEN",
  "INNGEST_SIGNING_KEY",
  "INNGEST_EVENT_KEY",
  "DATABASE_URL",
];

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

async function main() {
  const build = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, ...sentinelSecrets, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const staticDir = path.resolve(".next/static");
  const secretValues = [
    sentinelSecrets.DEEPGRAM_API_KEY,
    sentinelSecrets.LIVEKIT_API_SECRET,
    sentinelSecrets.OPENAI_API_KEY,
  ];
  let files = 0;
  const leaks: string[] = [];
  for await (const file of walk(staticDir)) {
    files += 1;
    const content = await fs.readFile(file, "utf8");
    for (const name of secretNames) {
      if (content.includes(name)) leaks.push(`${path.relative(staticDir, file)} names ${name}`);
    }
    for (const value of secretValues) {
      if (content.includes(value)) leaks.push(`${path.relative(staticDir, file)} holds a secret`);
    }
  }
  if (files === 0) throw new Error("next build wrote no client bundle under .next/static.");
  if (leaks.length > 0) throw new Error(`Secrets in the client bundle:\n${leaks.join("\n")}`);
  console.info(`ok - no secret name or value in ${files} client files under .next/static`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
