import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { explainRouteServerJs, listApiRoutes, readRouteServerJs } from "./route-server-js";

let nextDir = "";

/** A chunk and its source map: one generated line, each source owning the columns given. */
async function writeChunk(name: string, parts: { source: string; text: string }[]) {
  const file = path.join(nextDir, "server", "chunks", name);
  await fs.writeFile(file, parts.map((part) => part.text).join(""));
  // Segments [column delta, source delta, 0, 0]: "A" is 0, "C" is +1, "I" is +4 (base64 VLQ).
  const vlq = (value: number) =>
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[value * 2];
  const segments = parts.map((_part, index) => {
    const previous = parts[index - 1];
    return `${vlq(previous?.text.length ?? 0)}${vlq(previous ? 1 : 0)}AA`;
  });
  const map = {
    version: 3,
    sources: parts.map((part) => `../../../${part.source}`),
    mappings: segments.join(","),
  };
  await fs.writeFile(`${file}.map`, JSON.stringify(map));
}

beforeAll(async () => {
  nextDir = await fs.mkdtemp(path.join(os.tmpdir(), "route-js-"));
  await fs.mkdir(path.join(nextDir, "server", "chunks"), { recursive: true });
  for (const route of ["health", "stt/token"]) {
    await fs.mkdir(path.join(nextDir, "server", "app", "api", route), { recursive: true });
  }
  await writeChunk("base.js", [{ source: "node_modules/zod/v4/core.js", text: "z".repeat(10) }]);
  await writeChunk("jobs.js", [
    { source: "inngest/dispatch.ts", text: "d".repeat(4) },
    { source: "inngest/functions/evaluate-interview.ts", text: "e".repeat(6) },
  ]);
  const routeJs = (chunks: string[]) =>
    chunks.map((chunk) => `R.c("server/chunks/${chunk}")`).join("\n");
  await fs.writeFile(path.join(nextDir, "server/app/api/health/route.js"), routeJs(["base.js"]));
  await fs.writeFile(
    path.join(nextDir, "server/app/api/stt/token/route.js"),
    routeJs(["base.js", "jobs.js"]),
  );
});

afterAll(() => fs.rm(nextDir, { recursive: true, force: true }));

describe("a route's server JavaScript", () => {
  it("lists the API routes of a build by their paths", async () => {
    expect(await listApiRoutes(nextDir)).toEqual(["/api/health", "/api/stt/token"]);
  });

  it("sums route.js and the chunks it requires, and names the pipeline modules among them", async () => {
    const health = await readRouteServerJs({ nextDir, route: "/api/health" });
    const token = await readRouteServerJs({ nextDir, route: "/api/stt/token" });
    const routeJsBytes = (route: typeof token) => route.chunks[0]?.bytes ?? 0;
    expect(health.bytes).toBe(routeJsBytes(health) + 10);
    expect(token.bytes).toBe(routeJsBytes(token) + 10 + 10);
    expect(health.pipelineModules).toEqual([]);
    expect(token.pipelineModules).toEqual(["inngest/functions/evaluate-interview.ts"]);
    expect(token.unmappedChunks).toEqual([]);
  });

  it("attributes each chunk's bytes to the package or folder its source map names", async () => {
    expect(await explainRouteServerJs({ nextDir, route: "/api/stt/token" })).toEqual([
      { owner: "node_modules/zod", bytes: 10 },
      { owner: "inngest/functions", bytes: 6 },
      { owner: "inngest/dispatch.ts", bytes: 4 },
    ]);
  });

  // Last: it removes a source map the tests above read.
  it("names the chunks it cannot see into, having no source map", async () => {
    await fs.rm(path.join(nextDir, "server/chunks/jobs.js.map"));
    const token = await readRouteServerJs({ nextDir, route: "/api/stt/token" });
    expect(token.pipelineModules).toEqual([]);
    expect(token.unmappedChunks).toEqual(["server/chunks/jobs.js"]);
  });
});
