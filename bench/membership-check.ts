// `npm run bench:membership`: what the per-request membership check costs, cached and uncached,
// and how many requests a removed member still gets through after the removal returns. Run on
// both database paths (in-process PGlite, and node-postgres over the wire to pglite-socket) with
// the in-process cache store; everything it starts is stopped at the end.
import { performance } from "node:perf_hooks";
import type { TestDatabase } from "@/tests/support/open-test-database";
import { cleanup, installExitHandlers, onCleanup } from "./cleanup";
import { isolateEnv } from "./env";
import { summarize } from "./measure";
import { heading, machine, ms, ratio, table } from "./report";

// Before any app module loads: lib/env.mjs reads the env once, when first imported.
isolateEnv();
installExitHandlers();

const { pointAppAt } = await import("./data-access");
const { openPgliteTestDatabase, openPgTestDatabase } = await import(
  "@/tests/support/open-test-database"
);
const { getPrincipal } = await import("@/lib/auth/get-principal");
const { getMembershipCached } = await import("@/lib/cache/cached-reads");
const { invalidateMembershipCache } = await import("@/lib/cache/invalidate");
const { createApiToken } = await import("@/lib/db/api-tokens");
const { createWorkspaceUser } = await import("@/lib/workspaces/create-workspace-user");
const { assignMemberToPosition } = await import("@/lib/db/position-assignments");
const { createTenant, testPassword } = await import("@/tests/support/factories");
const { signInForCookie } = await import("@/tests/support/sign-in");
const { callRoute } = await import("@/tests/support/call-route");
const { GET: listPositions } = await import("@/app/api/positions/route");
const { getDb } = await import("@/db/client");
const { members } = await import("@/db/schema");
const { and, eq } = await import("drizzle-orm");
const { POST: authPost } = await import("@/app/api/auth/[...all]/route");

type Database = TestDatabase;
const globalForAuth = globalThis as typeof globalThis & { __interviewAuth?: unknown };

/** Points the app (and a fresh better-auth, whose adapter holds its database) at `database`. */
function switchToDatabase(database: Database) {
  pointAppAt(database);
  globalForAuth.__interviewAuth = undefined;
}

/** An evaluator assigned to a position (the membership read then carries an assignment too). */
async function seedEvaluator() {
  const tenant = await createTenant();
  const { user } = await createWorkspaceUser({
    email: `evaluator-${crypto.randomUUID()}@example.com`,
    name: "Eve",
    password: testPassword,
    workspace: { companyId: tenant.company.id },
    role: "evaluator",
  });
  await assignMemberToPosition({
    companyId: tenant.company.id,
    positionId: tenant.position.id,
    userId: user.id,
  });
  const { token } = await createApiToken({
    userId: user.id,
    companyId: tenant.company.id,
    name: "b",
  });
  return { tenant, user, token, cookie: await signInForCookie(user.email) };
}

type Seeded = Awaited<ReturnType<typeof seedEvaluator>>;

const requestWith = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/positions", { headers });

async function resolveOrThrow(req: Request) {
  const principal = await getPrincipal(req);
  if (principal?.kind !== "user" || !principal.workspace) throw new Error("no membership");
}

type CheckPath = { name: string; run: () => Promise<unknown>; dropsCacheFirst?: boolean };

/**
 * One sample of every path per round (A, B, C, …, A, B, …), so machine noise lands on all alike.
 * An uncached path drops the cached membership before its timer starts.
 */
async function sampleInterleaved(
  paths: CheckPath[],
  options: { samples: number; drop: () => Promise<void> },
) {
  const samples = new Map(paths.map((path) => [path.name, [] as number[]]));
  const warmup = 10;
  for (let round = 0; round < warmup + options.samples; round++) {
    for (const path of paths) {
      if (path.dropsCacheFirst) await options.drop();
      const start = performance.now();
      await path.run();
      if (round >= warmup) samples.get(path.name)?.push(performance.now() - start);
    }
  }
  return new Map(paths.map((path) => [path.name, summarize(samples.get(path.name) ?? [])]));
}

async function measureCheck(seeded: Seeded) {
  const companyId = seeded.tenant.company.id;
  const userId = seeded.user.id;
  const session = () => resolveOrThrow(requestWith({ cookie: seeded.cookie }));
  const bearer = () => resolveOrThrow(requestWith({ authorization: `Bearer ${seeded.token}` }));
  return sampleInterleaved(
    [
      { name: "session principal, membership cached", run: session },
      { name: "session principal, membership uncached", run: session, dropsCacheFirst: true },
      { name: "token principal, membership cached", run: bearer },
      { name: "token principal, membership uncached", run: bearer, dropsCacheFirst: true },
      {
        name: "membership check alone, cached",
        run: () => getMembershipCached(companyId, userId),
      },
      {
        name: "membership check alone, uncached (2 queries)",
        run: () => getMembershipCached(companyId, userId),
        dropsCacheFirst: true,
      },
    ],
    { samples: 200, drop: () => invalidateMembershipCache(companyId, userId) },
  );
}

async function countRequestsAfterRemoval(seeded: Seeded) {
  const owner = await signInForCookie(seeded.tenant.recruiter.email);
  const asSession = async () => (await callRoute(listPositions, { cookie: seeded.cookie })).status;
  const asToken = async () => (await callRoute(listPositions, { token: seeded.token })).status;
  const before = [await asSession(), await asToken(), await asSession(), await asToken()];
  const removal = await callRoute(authPost, {
    path: "/api/auth/organization/remove-member",
    json: { memberIdOrEmail: seeded.user.email },
    cookie: owner,
  });
  if (removal.status !== 200) throw new Error(`remove-member answered ${removal.status}`);
  const after: number[] = [];
  for (let i = 0; i < 5; i++) after.push(await asSession(), await asToken());
  return { before, after };
}

/** The counterfactual: the member row deleted behind the app's back, no hook, no invalidation. */
async function countRequestsAfterSilentDelete(seeded: Seeded) {
  const asSession = async () => (await callRoute(listPositions, { cookie: seeded.cookie })).status;
  await asSession();
  const db = await getDb();
  await db
    .delete(members)
    .where(
      and(eq(members.organizationId, seeded.tenant.company.id), eq(members.userId, seeded.user.id)),
    );
  const after: number[] = [];
  for (let i = 0; i < 10; i++) after.push(await asSession());
  return after;
}

async function runOn(label: string, database: Database) {
  switchToDatabase(database);
  heading(`${label}: resolving the caller, 200 samples per path`);
  const summaries = await measureCheck(await seedEvaluator());
  const get = (name: string) => summaries.get(name)?.p50 ?? Number.NaN;
  console.info(
    table(
      ["path", "n", "p50 ms", "p99 ms"],
      [...summaries].map(([name, s]) => [name, s.iterations, ms(s.p50), ms(s.p99)]),
    ),
  );
  const alone = {
    cached: get("membership check alone, cached"),
    uncached: get("membership check alone, uncached (2 queries)"),
  };
  console.info(
    `\nThe membership check adds ${ms(alone.cached)} ms to a request when cached and ` +
      `${ms(alone.uncached)} ms when not (p50; ${ratio(alone.uncached / alone.cached)}). ` +
      `Whole session principal: ${ms(get("session principal, membership cached"))} ms cached, ` +
      `${ms(get("session principal, membership uncached"))} ms uncached.`,
  );

  heading(`${label}: requests of a removed member, counted (not timed)`);
  const { before, after } = await countRequestsAfterRemoval(await seedEvaluator());
  const allowedAfter = after.filter((status) => status === 200).length;
  console.info(
    table(
      ["", "statuses (session, token, session, token, …)"],
      [
        ["before the removal", before.join(" ")],
        ["after remove-member returned", after.join(" ")],
      ],
    ),
  );
  console.info(
    `\nRequests answered 200 after the removal returned: ${allowedAfter} of ${after.length}; ` +
      "the first refused request is the very next one.",
  );
  if (allowedAfter > 0) throw new Error("a removed member was still let in");
  const silent = await countRequestsAfterSilentDelete(await seedEvaluator());
  console.info(
    `Control, the member row deleted directly (no hook, no invalidation): ${silent.filter((status) => status === 200).length} of ${silent.length} ` +
      "session requests still answered 200 from the cached membership, until its 10-minute TTL.",
  );
}

try {
  console.info("# Membership check benchmark\n");
  console.info(machine());
  const pglite = await openPgliteTestDatabase({});
  onCleanup("in-process PGlite", () => pglite.close());
  await runOn("In-process PGlite (embedded default)", pglite);
  const pg = await openPgTestDatabase({ migrate: true });
  onCleanup("pglite-socket server and pg pool", () => pg.close());
  await runOn("node-postgres over the wire to pglite-socket", pg);
  console.info(
    [
      "",
      "Cache: the in-process store (no Upstash configured). Paths alternate, one sample each per",
      "round, after 10 warm-up rounds; an uncached sample's cache drop happens before its timer",
      "starts, so it pays the two membership queries and the cache write. With Upstash the cached",
      "check costs one REST round trip instead (see bench:cache).",
    ].join("\n"),
  );
} finally {
  await cleanup();
}
