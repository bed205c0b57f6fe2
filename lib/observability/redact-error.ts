import "server-only";
import { DrizzleQueryError } from "drizzle-orm";

// Database errors carry the data they failed on: drizzle's message and `params` hold every bound
// value (candidate email, résumé, answers), Postgres' `detail` holds the failing row, and some
// messages quote the value itself ("invalid input syntax for type uuid: …"). Logs and job_runs
// (which the operator page shows) get the SQLSTATE and the names of what failed, never the values.

type PostgresErrorFields = {
  code: string;
  severity: string;
  table?: string;
  column?: string;
  constraint?: string;
};

// The conditions an operator meets most; any other code is printed as it is.
const conditionNames: Record<string, string> = {
  "22001": "string_data_right_truncation",
  "22P02": "invalid_text_representation",
  "23502": "not_null_violation",
  "23503": "foreign_key_violation",
  "23505": "unique_violation",
  "23514": "check_violation",
  "40001": "serialization_failure",
  "40P01": "deadlock_detected",
  "53300": "too_many_connections",
  "57014": "query_canceled",
};

const maxMessageChars = 300;
const maxStackFrames = 8;
const maxCauseDepth = 4;

/** A Postgres server error, from `pg` or PGlite (both parse the same wire fields). */
function isPostgresError(error: unknown): error is Error & PostgresErrorFields {
  const fields = error as Partial<PostgresErrorFields> | null;
  return (
    error instanceof Error &&
    typeof fields?.code === "string" &&
    /^[0-9A-Z]{5}$/.test(fields.code) &&
    typeof fields.severity === "string"
  );
}

/** Errors whose own text embeds the statement and its values. */
function isQueryWrapper(error: Error): boolean {
  return error instanceof DrizzleQueryError || "params" in error || "query" in error;
}

function maskText(text: string): string {
  const masked = text.replace(/[^\s@"'<>()]+@[^\s@"'<>()]+\.[^\s@"'<>()]+/g, "[email]");
  return masked.length > maxMessageChars ? `${masked.slice(0, maxMessageChars)}…` : masked;
}

function describePostgresError(error: PostgresErrorFields): string {
  const condition = conditionNames[error.code] ?? "database error";
  const names = [
    error.table && `table ${error.table}`,
    error.column && `column ${error.column}`,
    error.constraint && `constraint ${error.constraint}`,
  ].filter(Boolean);
  return `${condition} (SQLSTATE ${error.code})${names.length > 0 ? ` on ${names.join(", ")}` : ""}`;
}

/**
 * One line that says what failed without the data it failed on: for job_runs.error, failure
 * reasons and log lines. Messages of other errors are kept (they come from code, not from rows),
 * with email addresses masked and the length capped.
 */
export function describeError(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) return maskText(String(error));
  if (isPostgresError(error)) return describePostgresError(error);
  const cause = depth < maxCauseDepth ? error.cause : undefined;
  if (isQueryWrapper(error)) {
    return cause === undefined ? "database query failed" : describeError(cause, depth + 1);
  }
  const own = maskText(error.name === "Error" ? error.message : `${error.name}: ${error.message}`);
  return cause === undefined ? own : `${own}; cause: ${describeError(cause, depth + 1)}`;
}

export type RedactedError = {
  error: string;
  name: string;
  code?: string;
  table?: string;
  column?: string;
  constraint?: string;
  /** Stack frames only: the first line of `stack` repeats the message. */
  stack?: string;
};

function findPostgresError(error: unknown): (Error & PostgresErrorFields) | null {
  let current: unknown = error;
  for (let depth = 0; depth <= maxCauseDepth && current instanceof Error; depth++) {
    if (isPostgresError(current)) return current;
    current = current.cause;
  }
  return null;
}

/** What to hand console.error in place of the error object, whose inspection prints every field. */
export function redactError(error: unknown): RedactedError {
  const name = error instanceof Error ? error.name : typeof error;
  const redacted: RedactedError = { error: describeError(error), name };
  const postgres = findPostgresError(error);
  if (postgres) {
    redacted.code = postgres.code;
    if (postgres.table) redacted.table = postgres.table;
    if (postgres.column) redacted.column = postgres.column;
    if (postgres.constraint) redacted.constraint = postgres.constraint;
  } else {
    // Node's system errors (ECONNREFUSED, ETIMEDOUT) name the failure in `code`.
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === "string") redacted.code = code;
  }
  const frames = error instanceof Error ? error.stack?.split("\n").filter(isStackFrame) : undefined;
  if (frames && frames.length > 0) redacted.stack = frames.slice(0, maxStackFrames).join("\n");
  return redacted;
}

function isStackFrame(line: string): boolean {
  return /^\s+at /.test(line);
}

/** True when passing the error on as it is would carry database values with it. */
export function carriesDatabaseValues(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth <= maxCauseDepth && current instanceof Error; depth++) {
    if (isPostgresError(current) || isQueryWrapper(current)) return true;
    current = current.cause;
  }
  return false;
}
