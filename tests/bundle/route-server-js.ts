// The server JavaScript a route loads in a production build (Turbopack): `.next/server/app/<route>/
// route.js` names its chunks with `R.c("server/chunks/…")` and requires them all when the route is
// first called; chunks behind an `import()` are loaded later, on first use, and are not counted.
// Each chunk has a source map, whose `sources` say which modules it holds.
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";

/**
 * The evaluation pipeline: the job functions and the scoring they run. A route that holds one of
 * these loads the whole pipeline (the model clients, rubrics, prompts) with its first request.
 * (load-interview-answers is not one: it only reads the database, and the human scorecard of an
 * interview without AI scoring reads its answers through it.)
 */
const pipelineSources = [
  /(^|\/)inngest\/functions\//,
  /(^|\/)lib\/evaluation\/(score-answer|build-report)\.ts$/,
];

export type RouteServerJs = {
  /** The URL path with its dynamic segments as in the folder names: `/api/interviews/[id]`. */
  route: string;
  bytes: number;
  chunks: { file: string; bytes: number }[];
  /** The pipeline modules among the route's sources (empty when it loads none). */
  pipelineModules: string[];
  /** Chunks without a source map: what they hold is unknown (a build without server maps). */
  unmappedChunks: string[];
};

/** Every API route of a build, as URL paths with their `[segments]`. */
export async function listApiRoutes(nextDir: string): Promise<string[]> {
  const appDir = path.join(nextDir, "server", "app");
  const files = await fs.readdir(path.join(appDir, "api"), { recursive: true });
  return files
    .filter((file) => file === "route.js" || file.endsWith(`${path.sep}route.js`))
    .map((file) => `/api/${path.dirname(file)}`.replace(/\/\.$/, ""))
    .sort();
}

function routeFile(nextDir: string, route: string): string {
  return path.join(nextDir, "server", "app", `${route}/route.js`);
}

async function readChunkNames(nextDir: string, route: string): Promise<string[]> {
  const source = await fs.readFile(routeFile(nextDir, route), "utf8");
  return [...source.matchAll(/R\.c\("([^"]+)"\)/g)].map((match) => match[1] ?? "");
}

/** Which modules a chunk holds, from its source map (paths relative to the project). */
export async function readChunkSources(chunkPath: string): Promise<string[]> {
  const mapPath = `${chunkPath}.map`;
  if (!existsSync(mapPath)) return [];
  const map = JSON.parse(await fs.readFile(mapPath, "utf8")) as { sources?: string[] };
  return (map.sources ?? []).map((source) => decodeURIComponent(source.replace(/^(\.\.\/)+/, "")));
}

export async function readRouteServerJs(options: {
  nextDir: string;
  route: string;
}): Promise<RouteServerJs> {
  const { nextDir, route } = options;
  const names = await readChunkNames(nextDir, route);
  const entry = routeFile(nextDir, route);
  const chunks = [{ file: path.relative(nextDir, entry), bytes: (await fs.stat(entry)).size }];
  const pipelineModules = new Set<string>();
  const unmappedChunks: string[] = [];
  for (const name of names) {
    const chunkPath = path.join(nextDir, name);
    chunks.push({ file: name, bytes: (await fs.stat(chunkPath)).size });
    if (!existsSync(`${chunkPath}.map`)) unmappedChunks.push(name);
    for (const source of await readChunkSources(chunkPath)) {
      if (pipelineSources.some((pattern) => pattern.test(source))) pipelineModules.add(source);
    }
  }
  return {
    route,
    bytes: chunks.reduce((sum, chunk) => sum + chunk.bytes, 0),
    chunks,
    pipelineModules: [...pipelineModules].sort(),
    unmappedChunks,
  };
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

const base64Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** One source-map segment: base64 VLQ numbers (column, source, line, column, name), as deltas. */
function decodeSegment(segment: string): number[] {
  const numbers: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = base64Digits.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      numbers.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return numbers;
}

/** The package (or app folder) a source belongs to: `node_modules/openai`, `lib/ai`. */
function ownerOf(source: string): string {
  const pkg = source.match(/^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return `node_modules/${pkg[1]}`;
  return source.split("/").slice(0, 2).join("/");
}

/** Bytes of a chunk per owner of its sources, from the generated ranges its source map gives them. */
async function attributeChunk(chunkPath: string, owners: Map<string, number>): Promise<void> {
  const mapPath = `${chunkPath}.map`;
  if (!existsSync(mapPath)) return;
  const lines = (await fs.readFile(chunkPath, "utf8")).split("\n");
  const map = JSON.parse(await fs.readFile(mapPath, "utf8")) as {
    sources: string[];
    mappings: string;
  };
  const sources = map.sources.map((source) => decodeURIComponent(source.replace(/^(\.\.\/)+/, "")));
  let sourceIndex = 0;
  for (const [lineIndex, mappings] of map.mappings.split(";").entries()) {
    const line = lines[lineIndex];
    if (line === undefined) break;
    let column = 0;
    let open: { column: number; owner: string } | null = null;
    const close = (end: number) => {
      if (open) owners.set(open.owner, (owners.get(open.owner) ?? 0) + end - open.column);
    };
    for (const segment of mappings.split(",").filter(Boolean)) {
      const [columnDelta = 0, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      close(column);
      if (sourceDelta === undefined) {
        open = { column, owner: "(unmapped)" };
      } else {
        sourceIndex += sourceDelta;
        open = { column, owner: ownerOf(sources[sourceIndex] ?? "(unknown)") };
      }
    }
    close(Buffer.byteLength(line));
  }
}

/** What a route's server JS is made of, largest first: bytes per package or app folder. */
export async function explainRouteServerJs(options: {
  nextDir: string;
  route: string;
}): Promise<{ owner: string; bytes: number }[]> {
  const owners = new Map<string, number>();
  for (const name of await readChunkNames(options.nextDir, options.route)) {
    await attributeChunk(path.join(options.nextDir, name), owners);
  }
  return [...owners].map(([owner, bytes]) => ({ owner, bytes })).sort((a, b) => b.bytes - a.bytes);
}
