// `npm test`'s builds: a build must not depend on the environment it was made in, not even through
// Turbopack's persistent cache (`.next/cache`, which Vercel restores between deployments and a
// self-hoster keeps between rebuilds). In one folder, in this order:
//   1. a clean `next build` (`.next` removed) without the Deepgram, LiveKit and OpenAI variables;
//   2. `npm run build:checked`: the same tree with sentinel values in them, the cache kept, and the
//      client bundle scanned for secrets;
//   3. `next build` without them again, the cache kept: what `npm test` then serves to the smoke
//      and browser tests.
// Each build's output (`.next/static` and `.next/server`, see build-output-manifest.ts) must equal
// the clean build's: a module that read one of these variables at build time (a value computed at
// module scope and inlined, a page prerendered with it, a branch in next.config.mjs) differs in
// build 2, and one whose first compilation the cache carried into a later build differs in build 3.
import { type SpawnSyncOptions, spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { diffBuildOutputManifests, readBuildOutputManifest } from "./build-output-manifest";
import { sentinelSecrets } from "./sentinel-secrets";

const nextDir = path.resolve(".next");
/** This process's environment without the variables the sentinel build sets. */
const plainEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
for (const name of Object.keys(sentinelSecrets)) delete plainEnv[name];

function run(label: string, command: string, args: string[], options: SpawnSyncOptions) {
  const startedAt = performance.now();
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.status !== 0) {
    console.error(`${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
  console.info(`ok - ${label} in ${Math.round((performance.now() - startedAt) / 1000)} s`);
}

function expectSameOutput(
  label: string,
  expected: Map<string, string>,
  actual: Map<string, string>,
) {
  const differences = diffBuildOutputManifests(expected, actual);
  if (differences.length > 0) {
    console.error(
      `${label}: its output differs from the clean build's:\n${differences.join("\n")}`,
    );
    process.exit(1);
  }
  console.info(`ok - ${label}: the same ${actual.size} files as the clean build`);
}

async function main() {
  await fs.rm(nextDir, { recursive: true, force: true });
  run("clean build without cloud variables", "npx", ["next", "build"], { env: plainEnv });
  const clean = await readBuildOutputManifest(nextDir);

  run("build with sentinel secrets over the cache", "npm", ["run", "-s", "build:checked"], {});
  expectSameOutput("build with sentinel secrets", clean, await readBuildOutputManifest(nextDir));

  run("build without cloud variables over the cache", "npx", ["next", "build"], { env: plainEnv });
  expectSameOutput(
    "rebuild without cloud variables",
    clean,
    await readBuildOutputManifest(nextDir),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
