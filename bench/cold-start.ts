// `npm run bench:cold-start`: for each API route of a production build, the server JavaScript the
// route loads (its chunks, as route.js names them) and its first request after a cold start (a
// fresh `next start` per route). GET without credentials: a 401, 404 or 405 still loads the route.
//
//   npm run bench:cold-start -- [--dir label=path]... [--build label=commit]... [--routes a,b]
//                               [--runs n] [--explain]
//
// --explain also lists what each measured route's server JS is made of (bytes per package or app
// folder, from the chunks' source maps): where to look when a route is heavier than it should be.
//
// With no --dir or --build it builds HEAD in a clone. Two builds (e.g. `--build before=c6922e6
// --build after=HEAD`) are measured in one run, on the same machine, and compared.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  explainRouteServerJs,
  formatKb,
  listApiRoutes,
  type RouteServerJs,
  readRouteServerJs,
} from "../tests/bundle/route-server-js";
import { cleanup, installExitHandlers, onCleanup } from "./cleanup";
import { type FirstRequest, timeFirstRequest } from "./cold-start-server";
import { resolveTargets, type Target } from "./cold-start-targets";
import { isolateEnv } from "./env";
import { heading, machine, table } from "./report";

isolateEnv();
installExitHandlers();

const { values } = parseArgs({
  options: {
    dir: { type: "string", multiple: true, default: [] },
    build: { type: "string", multiple: true, default: [] },
    routes: { type: "string" },
    runs: { type: "string", default: "1" },
    explain: { type: "boolean", default: false },
  },
});
const runs = Math.max(1, Number.parseInt(values.runs, 10) || 1);
const filters = values.routes?.split(",").filter(Boolean) ?? [];
const baseRoute = "/api/health";
const anyId = "00000000-0000-4000-8000-000000000000";

/** A URL for a route folder: any id for `[id]`-like segments, a real path for the auth catch-all. */
function toUrlPath(route: string): string {
  return route
    .replace(/\[\.\.\.[^\]]+\]/g, "get-session")
    .replace(/\[seq\]/g, "0")
    .replace(/\[[^\]]+\]/g, anyId);
}

type Measured = RouteServerJs & { first: FirstRequest };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function prepareDataDir(target: Target): Promise<string> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), "cold-start-data-"));
  onCleanup(`data folder ${folder}`, () => fs.rm(folder, { recursive: true, force: true }));
  // In a folder of its own: the server keeps its auth secret in a file beside the data folder.
  const dataDir = path.join(folder, "pglite");
  // Once, untimed: creates and migrates the embedded database every later start reopens.
  await timeFirstRequest({ dir: target.dir, dataDir, urlPath: baseRoute });
  return dataDir;
}

function summarize(samples: FirstRequest[]): FirstRequest {
  return {
    status: samples[0]?.status ?? 0,
    listenMs: median(samples.map((s) => s.listenMs)),
    firstResponseMs: median(samples.map((s) => s.firstResponseMs)),
    requestMs: median(samples.map((s) => s.requestMs)),
  };
}

/**
 * Every route of every build. The builds take turns route by route (and run by run), so a machine
 * that gets busier during the run slows them alike instead of one build's routes.
 */
async function measureTargets(targets: Target[]): Promise<Measured[][]> {
  const dataDirs = [];
  for (const target of targets) dataDirs.push(await prepareDataDir(target));
  const routeLists = await Promise.all(
    targets.map((target) => listApiRoutes(path.join(target.dir, ".next"))),
  );
  const routes = [...new Set(routeLists.flat())]
    .sort()
    .filter(
      (route) =>
        route === baseRoute || filters.length === 0 || filters.some((f) => route.includes(f)),
    );
  const samples = targets.map(() => new Map<string, FirstRequest[]>());
  for (const route of routes) {
    for (let index = 0; index < runs; index++) {
      for (const [at, target] of targets.entries()) {
        if (!routeLists[at]?.includes(route)) continue;
        const dataDir = dataDirs[at] ?? "";
        const sample = await timeFirstRequest({
          dir: target.dir,
          dataDir,
          urlPath: toUrlPath(route),
        });
        const list = samples[at]?.get(route) ?? [];
        samples[at]?.set(route, [...list, sample]);
        console.error(
          `${target.label} ${route}: ${sample.status} in ${sample.requestMs.toFixed(0)} ms`,
        );
      }
    }
  }
  return Promise.all(
    targets.map(async (target, at) => {
      const nextDir = path.join(target.dir, ".next");
      const measured: Measured[] = [];
      for (const [route, list] of samples[at] ?? []) {
        measured.push({ ...(await readRouteServerJs({ nextDir, route })), first: summarize(list) });
      }
      return measured;
    }),
  );
}

function printTarget(target: Target, measured: Measured[]) {
  heading(`${target.label}: ${target.dir}`);
  const base = measured.find((row) => row.route === baseRoute)?.bytes ?? Number.NaN;
  console.info(
    table(
      [
        "route",
        "server JS",
        `x ${baseRoute}`,
        "pipeline",
        "status",
        "listen ms",
        "first response ms",
        "request ms",
      ],
      measured.map((row) => [
        row.route,
        formatKb(row.bytes),
        (row.bytes / base).toFixed(2),
        row.pipelineModules.length > 0 ? "yes" : "no",
        row.first.status,
        row.first.listenMs.toFixed(0),
        row.first.firstResponseMs.toFixed(0),
        row.first.requestMs.toFixed(0),
      ]),
    ),
  );
}

async function printExplanation(target: Target, measured: Measured[]) {
  const nextDir = path.join(target.dir, ".next");
  for (const { route } of measured) {
    heading(`${target.label} ${route}: what its server JS holds`);
    const owners = await explainRouteServerJs({ nextDir, route });
    console.info(
      table(
        ["package or folder", "bytes"],
        owners.slice(0, 25).map((owner) => [owner.owner, formatKb(owner.bytes)]),
      ),
    );
  }
}

function printComparison(targets: Target[], results: Measured[][]) {
  const [before, after] = results;
  if (!before || !after) return;
  heading(`${targets[0]?.label} → ${targets[1]?.label}`);
  const afterByRoute = new Map(after.map((row) => [row.route, row]));
  console.info(
    table(
      ["route", "server JS before", "after", "request ms before", "after"],
      before.flatMap((row) => {
        const other = afterByRoute.get(row.route);
        if (!other) return [];
        return [
          [
            row.route,
            formatKb(row.bytes),
            formatKb(other.bytes),
            row.first.requestMs.toFixed(0),
            other.first.requestMs.toFixed(0),
          ],
        ];
      }),
    ),
  );
}

try {
  const targets = await resolveTargets({ dirs: values.dir, builds: values.build });
  const results = await measureTargets(targets);
  heading("Machine");
  console.info(machine());
  console.info(`Runs per route: ${runs} (median). Server JS: route.js and the chunks it requires.`);
  for (const [index, target] of targets.entries()) printTarget(target, results[index] ?? []);
  printComparison(targets, results);
  if (values.explain) {
    for (const [index, target] of targets.entries()) {
      await printExplanation(target, results[index] ?? []);
    }
  }
} finally {
  await cleanup();
}
