// The benchmark owns its process env, like the seed script does: it must never reach a real database,
// cache or rate limiter, whatever the shell that runs it has exported.
// biome-ignore lint/style/noProcessEnv: the one place the benchmark reads and writes its env.
const processEnv = process.env;

// Anything that would point the app (or a child server) at a real backend.
const realBackends = [
  "DATABASE_URL",
  "UPSTASH_REDIS_REST_URL",
  "UPSTASH_REDIS_REST_TOKEN",
  "BETTER_AUTH_SECRET",
  "APP_URL",
  "CACHE_MODE",
  "CACHE_TIMEOUT_MS",
  "CACHE_MEMORY_MAX_ENTRIES",
];

/** Must run before any app module is imported: lib/env.mjs reads the env once, at import. */
export function isolateEnv(): void {
  for (const name of realBackends) delete processEnv[name];
  processEnv.PGLITE_DATA_DIR = "memory://";
  // Part 2 replays thousands of reads through one token-free path; a limiter would only add noise.
  processEnv.RATE_LIMIT_PER_MINUTE = "0";
  processEnv.RATE_LIMIT_PER_IP_PER_MINUTE = "0";
  processEnv.NEXT_TELEMETRY_DISABLED = "1";
  // startRedisServer throws instead of skipping under CI=true; the benchmark prefers to skip.
  delete processEnv.CI;
}

/** The env of a child (seed, build, next start): the isolated one plus the given settings. */
export function childEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...processEnv, ...overrides };
}
