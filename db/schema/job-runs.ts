import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const jobRunStatuses = ["running", "succeeded", "failed"] as const;
export type JobRunStatus = (typeof jobRunStatuses)[number];
export const jobEngines = ["inngest", "in-process"] as const;

// One row per run of a background function, whichever engine ran it: what the operator page shows.
export const jobRuns = pgTable(
  "job_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    functionId: text("function_id").notNull(),
    eventName: text("event_name").notNull(),
    status: text("status", { enum: jobRunStatuses }).notNull().default("running"),
    attempts: integer("attempts").notNull().default(1),
    error: text("error"),
    engine: text("engine", { enum: jobEngines }).notNull(),
    /** Inngest's run id; retries of one run update one row. */
    externalRunId: text("external_run_id").unique(),
    interviewId: uuid("interview_id"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (table) => [
    index("job_runs_started_at_idx").on(table.startedAt),
    index("job_runs_status_started_at_idx").on(table.status, table.startedAt),
  ],
);

export type JobRun = typeof jobRuns.$inferSelect;
