import "server-only";

export const statusByCode = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  tts_unavailable: 404,
  method_not_allowed: 405,
  conflict: 409,
  interview_not_in_progress: 409,
  interview_time_limit: 409,
  interview_started: 409,
  notice_changed: 409,
  idempotency_key_reused: 409,
  idempotency_key_in_flight: 409,
  replay_running: 409,
  replay_stale: 409,
  explanation_not_available: 409,
  contest_answered: 409,
  contest_limit_reached: 409,
  payload_too_large: 413,
  recording_quota_exceeded: 413,
  unsupported_media_type: 415,
  range_not_satisfiable: 416,
  unprocessable_entity: 422,
  webhook_url_refused: 422,
  notice_lead_time: 422,
  quote_not_in_answer: 422,
  rate_limited: 429,
  stt_budget_exhausted: 429,
  internal: 500,
  stt_grant_failed: 502,
  tts_failed: 502,
  service_unavailable: 503,
  stt_unavailable: 503,
  media_unavailable: 503,
} as const;

export type ApiErrorCode = keyof typeof statusByCode;

/**
 * Thrown by HTTP-facing lib code (auth, rate limits, credential mints); routeHandler turns it into
 * `{error:{code,message}}` with its status. Domain code throws DomainError instead.
 */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly headers: Record<string, string>;

  constructor(options: { code: ApiErrorCode; message: string; headers?: Record<string, string> }) {
    super(options.message);
    this.name = "ApiError";
    this.code = options.code;
    this.status = statusByCode[options.code];
    this.headers = options.headers ?? {};
  }
}

export function notFound(what: string): ApiError {
  return new ApiError({ code: "not_found", message: `${what} not found.` });
}
