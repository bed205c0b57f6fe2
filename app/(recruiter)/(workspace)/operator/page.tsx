import type { Metadata } from "next";
import Link from "next/link";
import { Panel } from "@/app/_components/panel";
import { requirePageOperator } from "@/lib/auth/require-page-user";
import { readCacheStats } from "@/lib/cache/read-cache-stats";
import { countJobRunsByFunction, listJobRuns } from "@/lib/db/job-runs";
import { getBackends } from "@/lib/health/get-backends";
import { getDatabaseHealth } from "@/lib/health/get-database-health";
import { readSpendLimitStats } from "@/lib/interviews/spend-limit-counters";
import { readApiMetrics } from "@/lib/metrics/api-metrics";
import { PageHeader, secondaryButtonClass } from "../../_components/page-header";
import { AutoRefresh } from "./auto-refresh";
import { CacheSection, Figure } from "./cache-section";
import { JobRunsSection } from "./job-runs-section";
import { SpendLimitsSection } from "./spend-limits-section";

export const metadata: Metadata = { title: "Operator" };

const backendNames = {
  database: { pglite: "PGlite (embedded)", postgres: "Postgres" },
  cache: { upstash: "Upstash Redis", memory: "In-process", off: "Off" },
  rateLimit: { upstash: "Upstash Redis", memory: "In-process", off: "Off" },
  ai: { openai: "OpenAI", offline: "Offline heuristic" },
  jobs: { inngest: "Inngest", "in-process": "In-process (after the response)" },
} as const;

export default async function OperatorPage() {
  await requirePageOperator();
  const backends = getBackends();
  const [database, stats, metrics, recent, failed, byFunction, spendLimits] = await Promise.all([
    getDatabaseHealth(),
    readCacheStats(),
    readApiMetrics(),
    listJobRuns({ limit: 20 }),
    listJobRuns({ limit: 10, status: "failed" }),
    countJobRunsByFunction(),
    readSpendLimitStats(),
  ]);
  return (
    <>
      <PageHeader
        title="Operator"
        description="How the service is doing: backends in use, cache effectiveness, rate limiting and background jobs. Cache figures count since this server process started (shared across instances on Upstash)."
        actions={
          <>
            <Link href="/operator/mail" className={secondaryButtonClass}>
              Mail
            </Link>
            <Link href="/operator/api" className={secondaryButtonClass}>
              API reference
            </Link>
            <AutoRefresh intervalMs={15_000} renderedAt={new Date().toISOString()} />
          </>
        }
      />
      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Panel heading="Backends" padding="roomy">
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600">Database</dt>
            <dd>
              {backendNames.database[backends.database]}
              {backends.database === "pglite" ? (
                <span className="block break-all font-mono text-xs text-slate-600">
                  {backends.pgliteDataDir}
                </span>
              ) : null}
              <span
                className={`block text-xs ${database.isReachable ? "text-emerald-800" : "font-semibold text-red-800"}`}
              >
                {database.isReachable ? `Reachable, ${database.latencyMs} ms` : "Unreachable"}
              </span>
            </dd>
            <dt className="text-slate-600">Cache</dt>
            <dd>{backendNames.cache[backends.cache]}</dd>
            <dt className="text-slate-600">Rate limit</dt>
            <dd>{backendNames.rateLimit[backends.rateLimit]}</dd>
            <dt className="text-slate-600">AI</dt>
            <dd>{backendNames.ai[backends.ai]}</dd>
            <dt className="text-slate-600">Jobs</dt>
            <dd>{backendNames.jobs[backends.jobs]}</dd>
          </dl>
        </Panel>
        <Panel heading="Rate limit" padding="roomy">
          <dl className="mt-3 grid grid-cols-2 gap-3">
            <Figure
              label="Requests rejected (429)"
              value={metrics.rateLimit.rejected}
              tone={metrics.rateLimit.rejected > 0 ? "text-amber-800" : undefined}
            />
            <Figure label="Limiter" value={backendNames.rateLimit[metrics.rateLimit.backend]} />
          </dl>
          <h3 className="mt-5 font-semibold">API responses</h3>
          <dl className="mt-3 grid grid-cols-3 gap-3">
            <Figure label="Answered" value={metrics.api.responses} />
            <Figure
              label={`Client errors (4xx): ${metrics.api.clientErrors}`}
              value={percentOf(metrics.api.clientErrors, metrics.api.responses)}
            />
            <Figure
              label={`Server errors (5xx): ${metrics.api.serverErrors}`}
              value={percentOf(metrics.api.serverErrors, metrics.api.responses)}
              tone={metrics.api.serverErrors > 0 ? "text-red-800" : undefined}
            />
          </dl>
        </Panel>
        <div className="lg:col-span-2">
          <CacheSection stats={stats} />
        </div>
        <div className="lg:col-span-2">
          <SpendLimitsSection stats={spendLimits} />
        </div>
        <div className="lg:col-span-2">
          <JobRunsSection recent={recent} failed={failed} byFunction={byFunction} />
        </div>
      </div>
    </>
  );
}

function percentOf(part: number, whole: number): string {
  return whole === 0 ? "0%" : `${((part / whole) * 100).toFixed(1)}%`;
}
