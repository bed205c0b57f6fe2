import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");

/**
 * Who may read self-identification: the candidate's own route and export, and the aggregates.
 * The scorer (lib/ai, lib/evaluation, the pipeline), reports, lists and pages must never, so any
 * new reader has to be added here on purpose.
 */
const allowedReaders = [
  "app/api/interviews/[id]/export/route.ts",
  "app/api/interviews/[id]/self-identification/route.ts",
  "db/schema/compliance.ts",
  "lib/compliance/adverse-impact/build-adverse-impact-report.ts",
  "lib/compliance/replay/replay-impact.ts",
  "lib/db/self-identifications.ts",
];

async function listSources(folder: string): Promise<string[]> {
  const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter(
      (entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name),
    )
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

describe("readers of self-identification", () => {
  it("are only the candidate's own routes and the aggregate report, never the scorer or a report", async () => {
    const files = (await Promise.all(["app", "lib", "inngest", "db"].map(listSources))).flat();
    const readers: string[] = [];
    for (const file of files) {
      const text = await readFile(path.join(root, file), "utf8");
      if (/lib\/db\/self-identifications|\bselfIdentifications\b|self_identifications/.test(text)) {
        readers.push(file);
      }
    }
    expect(readers.sort()).toEqual(allowedReaders);
  });
});
