// What `bench:cold-start` measures: production builds, each either given (`--dir label=path`) or
// made here from a commit (`--build label=commit`) in a clone under the temp folder, with
// node_modules hard-linked from this checkout. Building never touches this checkout's `.next`.
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { killProcessGroup, onCleanup, onExitKill } from "./cleanup";
import { childEnv } from "./env";

const run = promisify(execFile);

export type Target = { label: string; dir: string };

async function buildCommit(options: { label: string; commit: string }): Promise<Target> {
  const root = process.cwd();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `cold-start-${options.label}-`));
  onCleanup(`build folder ${dir}`, () => fs.rm(dir, { recursive: true, force: true }));
  await run("git", ["clone", "-q", root, dir]);
  await run("git", ["-C", dir, "checkout", "-q", options.commit]);
  // Hard links: the clone gets the same packages in a second, without copying them.
  await run("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")]);
  console.error(
    `Building ${options.label} (${options.commit}) in ${dir}; its output goes to stderr.`,
  );
  const build = spawn("npm", ["run", "-s", "build"], {
    cwd: dir,
    env: childEnv({ NODE_ENV: "production" }),
    stdio: ["ignore", 2, "inherit"],
    detached: true,
  });
  const forget = onExitKill(() => killProcessGroup(build, "SIGKILL"));
  const code = await new Promise<number | null>((resolve) => build.once("exit", resolve));
  forget();
  if (code !== 0) throw new Error(`next build of ${options.commit} failed with exit code ${code}`);
  return { label: options.label, dir };
}

/** `label=value` of a `--dir` or `--build` flag; a bare value is labelled by its position. */
function splitLabel(value: string, index: number): { label: string; value: string } {
  const at = value.indexOf("=");
  return at > 0
    ? { label: value.slice(0, at), value: value.slice(at + 1) }
    : { label: `build${index + 1}`, value };
}

/** The builds to measure, in the order given; with none given, HEAD built in a clone. */
export async function resolveTargets(flags: {
  dirs: string[];
  builds: string[];
}): Promise<Target[]> {
  const targets: Target[] = [];
  for (const [index, flag] of flags.dirs.entries()) {
    const { label, value } = splitLabel(flag, index);
    const dir = path.resolve(value);
    if (!existsSync(path.join(dir, ".next", "BUILD_ID"))) {
      throw new Error(
        `${dir} has no production build (.next/BUILD_ID): run \`npm run build\` there.`,
      );
    }
    targets.push({ label, dir });
  }
  const builds = flags.dirs.length + flags.builds.length === 0 ? ["HEAD"] : flags.builds;
  for (const [index, flag] of builds.entries()) {
    const { label, value } = splitLabel(flag, flags.dirs.length + index);
    targets.push(await buildCommit({ label, commit: value }));
  }
  return targets;
}
