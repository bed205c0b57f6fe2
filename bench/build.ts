// A production build for part 3, made only when there is none or it is older than the sources.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { killProcessGroup, onExitKill } from "./cleanup";
import { childEnv } from "./env";

// What a production build is made from: a build older than any of these is of other code.
const buildInputs = [
  "app",
  "lib",
  "db",
  "instrumentation.ts",
  "next.config.mjs",
  "package-lock.json",
];

function newestMtimeMs(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  const names = fs.readdirSync(entry);
  return Math.max(stat.mtimeMs, ...names.map((name) => newestMtimeMs(path.join(entry, name))));
}

/** Builds when there is no build, or when it predates the sources (it would measure old code). */
export async function ensureBuild(): Promise<void> {
  const builtAt = fs.statSync(path.resolve(".next/BUILD_ID"), { throwIfNoEntry: false })?.mtimeMs;
  const changedAt = Math.max(...buildInputs.map(newestMtimeMs));
  if (builtAt !== undefined && builtAt >= changedAt) return;
  const why =
    builtAt === undefined ? ".next/BUILD_ID missing" : "sources newer than .next/BUILD_ID";
  console.info(`Running \`next build\` first (${why}); its output goes to stderr.`);
  const build = spawn("npm", ["run", "-s", "build"], {
    env: childEnv({ NODE_ENV: "production" }),
    // stdout of the build to our stderr, so stdout keeps only the tables.
    stdio: ["ignore", 2, "inherit"],
    // Its own group, so an interrupted benchmark takes npm's grandchildren down with it.
    detached: true,
  });
  const forget = onExitKill(() => killProcessGroup(build, "SIGKILL"));
  const code = await new Promise<number | null>((resolve) => build.once("exit", resolve));
  forget();
  if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
}
