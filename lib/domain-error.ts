// Errors in the domain's own terms, thrown by lib code that knows nothing of HTTP (queries, the
// interview lifecycle, reviews). lib/http turns each kind into a status and the public error code.

/**
 * - `not_found`: the thing named does not exist (or the caller may not know that it does).
 * - `conflict`: the current state forbids the change (a status, a reference still in use, a lost race).
 * - `invalid_input`: the input names something that does not fit what it refers to.
 * - `too_large`: the change would take something past a size cap.
 */
export type DomainErrorKind = "not_found" | "conflict" | "invalid_input" | "too_large";

/** A finer code that clients act on where the kind alone would not tell them enough. */
export type DomainErrorCode =
  | "interview_started"
  | "notice_changed"
  | "notice_lead_time"
  | "replay_running"
  | "replay_stale"
  | "interview_time_limit"
  | "recording_quota_exceeded"
  | "webhook_url_refused"
  | "quote_not_in_answer"
  | "explanation_not_available"
  | "contest_answered"
  | "contest_limit_reached";

export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  readonly code: DomainErrorCode | null;

  constructor(options: { kind: DomainErrorKind; message: string; code?: DomainErrorCode }) {
    super(options.message);
    this.name = "DomainError";
    this.kind = options.kind;
    this.code = options.code ?? null;
  }
}

export function notFoundError(what: string): DomainError {
  return new DomainError({ kind: "not_found", message: `${what} not found.` });
}

/** Whether an error is a domain error of this kind: how callers tell a lost race from a failure. */
export function isDomainError(error: unknown, kind: DomainErrorKind): error is DomainError {
  return error instanceof DomainError && error.kind === kind;
}
