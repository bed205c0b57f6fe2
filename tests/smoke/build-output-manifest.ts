import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

// Not output: Turbopack's cache, build traces and timings, the build's lock file.
const notOutput = new Set(["cache", "trace", "trace-build", "lock", "diagnostics"]);
// Keys `next build` draws at random every time (Server Actions encryption, preview mode), in JSON
// or in JSON inside a JavaScript string: they differ between any two builds.
const randomKey =
  /(\\?"(?:encryptionKey|previewModeId|previewModeSigningKey|previewModeEncryptionKey)\\?"\s*:\s*\\?")[^"\\]*/g;

async function* walk(dir: string): AsyncGenerator<{ file: string; isLink: boolean }> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield { file: full, isLink: entry.isSymbolicLink() };
  }
}

/**
 * What a build holds for `next start`, file by file: a SHA-256 of every file under `.next` (the
 * browser's JavaScript and CSS in `static`, the server's chunks and prerendered pages in `server`,
 * the manifests, among them the routes with next.config.mjs's headers), with the build id, which
 * names a folder and appears inside pages, and the random keys replaced by placeholders. A link
 * (`.next/node_modules`, the external packages) counts by its target. Two builds of one tree give
 * equal manifests unless something in the output depends on how it was built.
 */
export async function readBuildOutputManifest(nextDir: string): Promise<Map<string, string>> {
  const buildId = (await fs.readFile(path.join(nextDir, "BUILD_ID"), "utf8")).trim();
  const manifest = new Map<string, string>();
  for (const entry of await fs.readdir(nextDir)) {
    if (notOutput.has(entry)) continue;
    const top = path.join(nextDir, entry);
    const files = (await fs.stat(top)).isDirectory() ? walk(top) : single(top);
    for await (const { file, isLink } of files) {
      const name = path.relative(nextDir, file).split(path.sep).join("/");
      const content = isLink
        ? `-> ${await fs.readlink(file)}`
        : (await fs.readFile(file)).toString("latin1");
      const normalised = content.replaceAll(buildId, "<build>").replace(randomKey, "$1<random>");
      const hash = createHash("sha256").update(normalised, "latin1").digest("hex");
      manifest.set(name.replaceAll(buildId, "<build>"), hash);
    }
  }
  return manifest;
}

async function* single(file: string) {
  yield { file, isLink: false };
}

/** The files that differ, are missing or are extra in `actual`, sorted; empty when equal. */
export function diffBuildOutputManifests(
  expected: Map<string, string>,
  actual: Map<string, string>,
): string[] {
  const names = new Set([...expected.keys(), ...actual.keys()]);
  return [...names]
    .filter((name) => expected.get(name) !== actual.get(name))
    .map((name) => {
      if (!actual.has(name)) return `${name}: missing`;
      if (!expected.has(name)) return `${name}: extra`;
      return `${name}: differs`;
    })
    .sort();
}
