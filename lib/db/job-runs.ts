import "server-only";
import { and, count, desc, eq, lt, not, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  companies,
  hiringDecisions,
  interviews,
  type JobRun,
  type JobRunStatus,
  jobRuns,
} from "@/db/schema";

export type { JobRun } from "@/db/schema";

const maxErrorLength = 1000;

/**
 * Opens the row of a run. With Inngest's run id, a second start of the same run (a retry after
 * the process died) returns the existing row instead of adding one.
 */
export async function startJobRun(options: {
  functionId: string;
  eventName: string;
  engine: JobRun["engine"];
  interviewId?: string | null;
  externalRunId?: string;
}): Promise<string> {
  const db = await getDb();
  const [row] = await db
    .insert(jobRuns)
    .values({ ...options, interviewId: options.interviewId ?? null })
    .onConflictDoUpdate({
      target: jobRuns.externalRunId,
      set: { status: "running" },
    })
    .returning({ id: jobRuns.id });
  if (!row) throw new Error("Recording the job run returned no row.");
  return row.id;
}

export async function finishJobRun(options: {
  id?: string;
  externalRunId?: string;
  status: Exclude<JobRunStatus, "running">;
  attempts: number;
  error?: string | null;
}) {
  const db = await getDb();
  const where = options.id
    ? eq(jobRuns.id, options.id)
    : eq(jobRuns.externalRunId, options.externalRunId ?? "");
  await db
    .update(jobRuns)
    .set({
      status: options.status,
      attempts: options.attempts,
      error: options.error ? options.error.slice(0, maxErrorLength) : null,
      finishedAt: new Date(),
    })
    .where(where);
}

/** A failed attempt that will be retried: the run stays `running` with the last error shown. */
export async function recordJobRetry(options: {
  externalRunId: string;
  attempts: number;
  error: string;
}) {
  const db = await getDb();
  await db
    .update(jobRuns)
    .set({ attempts: options.attempts, error: options.error.slice(0, maxErrorLength) })
    .where(eq(jobRuns.externalRunId, options.externalRunId));
}

export async function listJobRuns(options: {
  limit: number;
  status?: JobRunStatus;
}): Promise<JobRun[]> {
  const db = await getDb();
  return db
    .select()
    .from(jobRuns)
    .where(options.status ? eq(jobRuns.status, options.status) : undefined)
    .orderBy(desc(jobRuns.startedAt))
    .limit(options.limit);
}

export async function countJobRunsByFunction(): Promise<
  { functionId: string; status: JobRunStatus; count: number }[]
> {
  const db = await getDb();
  const rows = await db
    .select({ functionId: jobRuns.functionId, status: jobRuns.status, count: count() })
    .from(jobRuns)
    .groupBy(jobRuns.functionId, jobRuns.status)
    .orderBy(jobRuns.functionId, sql`${jobRuns.status}`);
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/**
 * JOB_RUNS_RETENTION_DAYS: runs started before `cutoff` go (the started_at index finds them),
 * except the runs of an interview still held that is undecided or was decided less than its
 * workspace's `audit_retention_months` before `now`: a decision must stay reconstructable (AI Act
 * Art. 26(6)), and its erase copies them, without error text, into the decision record.
 */
export async function deleteJobRunsStartedBefore(options: {
  cutoff: Date;
  now: Date;
}): Promise<number> {
  const db = await getDb();
  const neededForADecision = sql`exists (
    select 1 from ${interviews}
    join ${companies} on ${companies.id} = ${interviews.companyId}
    left join ${hiringDecisions} on ${hiringDecisions.interviewId} = ${interviews.id}
    where ${interviews.id} = ${jobRuns.interviewId}
      and (${hiringDecisions.updatedAt} is null
        or ${hiringDecisions.updatedAt} > ${options.now.toISOString()}::timestamptz
          - make_interval(months => ${companies.auditRetentionMonths}))
  )`;
  const deleted = await db
    .delete(jobRuns)
    .where(and(lt(jobRuns.startedAt, options.cutoff), not(neededForADecision)))
    .returning({ id: jobRuns.id });
  return deleted.length;
}
