import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

// Files `next build` fills with fresh random keys every time (Server Actions encryption, preview
// mode): they differ between any two builds and hold nothing compiled.
const randomPerBuild = new Set([
  "server/preview-props.json",
  "server/server-reference-manifest.js",
  "server/server-reference-manifest.json",
]);

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

/**
 * What a build serves, file by file: a SHA-256 of each file under `.next/static` (the browser's
 * JavaScript and CSS) and `.next/server` (the server's chunks and prerendered pages), with the
 * build id, which names a folder and appears inside pages, replaced by a placeholder. Two builds of
 * one tree give equal manifests unless something in the output depends on how it was built.
 */
export async function readBuildOutputManifest(nextDir: string): Promise<Map<string, string>> {
  const buildId = (await fs.readFile(path.join(nextDir, "BUILD_ID"), "utf8")).trim();
  const manifest = new Map<string, string>();
  for (const part of ["static", "server"]) {
    for await (const file of walk(path.join(nextDir, part))) {
      const name = path.relative(nextDir, file).split(path.sep).join("/");
      if (randomPerBuild.has(name)) continue;
      const content = (await fs.readFile(file)).toString("latin1").replaceAll(buildId, "<build>");
      const hash = createHash("sha256").update(content, "latin1").digest("hex");
      manifest.set(name.replaceAll(buildId, "<build>"), hash);
    }
  }
  return manifest;
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
