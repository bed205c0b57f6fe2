// Part 1: reading one interview's questions through the data-access layer, in process. The same
// lib functions the route handlers call, pointed at each database in turn through db/client.ts's
// globalThis singleton (which is how getDb() finds its database).
import type { Database } from "@/db/open-database";
import type { InterviewQuestion } from "@/db/schema";
import { type Cache, createCache } from "@/lib/cache/cache";
import { cachedQuestionsSchema } from "@/lib/cache/cached-schemas";
import { cacheKeys } from "@/lib/cache/keys";
import { createMemoryStore } from "@/lib/cache/memory-store";
import { createRedis } from "@/lib/cache/redis";
import { createUpstashStore } from "@/lib/cache/upstash-store";
import { listInterviewQuestions } from "@/lib/db/interview-questions";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { openPgliteTestDatabase, openPgTestDatabase } from "@/tests/support/open-test-database";
import { startRedisServer } from "@/tests/support/redis-server";
import { startUpstashRestServer } from "@/tests/support/upstash-rest-server";
import { onCleanup } from "./cleanup";
import { type BenchPath, runInterleaved, type Summary } from "./measure";

const globalForDatabase = globalThis as typeof globalThis & {
  __interviewDatabase?: Promise<Database>;
};

/** Makes every later getDb() in lib/ return this database. */
export function pointAppAt(database: Database): void {
  globalForDatabase.__interviewDatabase = Promise.resolve(database);
}

export type SeededDatabase = { database: Database; interviewId: string };

/** A tenant and one invited interview with 5 questions, written by the app's own lib functions. */
async function seedOneInterview(database: Database): Promise<SeededDatabase> {
  pointAppAt(database);
  const tenant = await createTenant();
  const { interview } = await createInvitedInterview(tenant, { questionCount: 5 });
  return { database, interviewId: interview.id };
}

export async function openDatabases() {
  const pglite = await openPgliteTestDatabase({});
  onCleanup("in-process PGlite", () => pglite.close());
  // node-postgres to a PGlite served by pglite-socket: the wire protocol a deployment pays for.
  const pg = await openPgTestDatabase({ migrate: true });
  onCleanup("pglite-socket server and pg pool", () => pg.close());
  return { pglite: await seedOneInterview(pglite), pg: await seedOneInterview(pg) };
}

/** redis-server behind the Upstash REST fake; null (with a printed reason) when not installed. */
export async function startUpstash(): Promise<{ url: string; token: string } | null> {
  const redis = await startRedisServer().catch((error: unknown) => {
    console.info(`redis-server failed to start: ${(error as Error).message}`);
    return null;
  });
  if (!redis) return null;
  onCleanup("redis-server", () => redis.stop());
  const upstash = await startUpstashRestServer({ redisUrl: redis.url, token: "bench-token" });
  onCleanup("Upstash REST fake", () => upstash.close());
  return { url: upstash.url, token: upstash.token };
}

export type DataAccessResult = {
  summaries: Map<string, Summary>;
  counters: { cache: string; hits: number; misses: number; errors: number }[];
};

export const pathNames = {
  pg: "DB: pg over the wire (pglite-socket)",
  pglite: "DB: PGlite in process",
  memory: "cache hit: in-process store",
  upstash: "cache hit: Upstash store (REST fake + redis-server)",
} as const;

export async function runDataAccess(options: {
  pg: SeededDatabase;
  pglite: SeededDatabase;
  upstash: { url: string; token: string } | null;
}): Promise<DataAccessResult> {
  const { pg, pglite, upstash } = options;
  const caches: [string, Cache][] = [
    ["in-process", createCache({ store: createMemoryStore({ maxEntries: 10_000 }) })],
  ];
  if (upstash) {
    const redis = createRedis({ url: upstash.url, token: upstash.token, timeoutMs: 1000 });
    caches.push(["Upstash", createCache({ store: createUpstashStore(redis) })]);
  }
  // Both caches load from the in-process PGlite on their one miss (the first warm-up read).
  const readCached = (cache: Cache) => () =>
    cache.readThrough({
      kind: "question",
      key: cacheKeys.interviewQuestions(pglite.interviewId),
      schema: cachedQuestionsSchema,
      load: () => listInterviewQuestions({ interviewId: pglite.interviewId }),
    });
  const atPglite = () => pointAppAt(pglite.database);
  const paths: BenchPath[] = [
    {
      name: pathNames.pg,
      iterations: 500,
      prepare: () => pointAppAt(pg.database),
      run: () => listInterviewQuestions({ interviewId: pg.interviewId }),
    },
    {
      name: pathNames.pglite,
      iterations: 500,
      prepare: atPglite,
      run: () => listInterviewQuestions({ interviewId: pglite.interviewId }),
    },
    ...caches.map(([label, cache]) => ({
      name: label === "Upstash" ? pathNames.upstash : pathNames.memory,
      iterations: label === "Upstash" ? 500 : 2000,
      prepare: atPglite,
      run: readCached(cache),
    })),
  ];
  await checkSameAnswer(paths);
  const summaries = await runInterleaved(paths, { rounds: 100, warmupRounds: 10 });
  const counters = [];
  for (const [label, cache] of caches) {
    const { question } = await cache.counters.readKinds();
    counters.push({ cache: label, ...question });
  }
  return { summaries, counters };
}

/** A benchmark of paths that return different things would compare nothing. */
async function checkSameAnswer(paths: BenchPath[]): Promise<void> {
  for (const path of paths) {
    path.prepare?.();
    const questions = (await path.run()) as InterviewQuestion[];
    const contents = questions.map((question) => question.order).join(",");
    if (contents !== "1,2,3,4,5") {
      throw new Error(`${path.name} returned questions ${contents}, expected orders 1..5`);
    }
  }
}
