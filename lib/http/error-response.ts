import "server-only";
import { ZodError } from "zod";
import { DomainError, type DomainErrorKind } from "@/lib/domain-error";
import { redactError } from "@/lib/observability/redact-error";
import { ApiError, type ApiErrorCode, statusByCode } from "./api-error";

// The public code of each domain error kind; a domain error's own finer code takes precedence.
const codeByDomainKind = {
  not_found: "not_found",
  conflict: "conflict",
  invalid_input: "unprocessable_entity",
  too_large: "payload_too_large",
} as const satisfies Record<DomainErrorKind, ApiErrorCode>;

export function errorJson(options: {
  code: ApiErrorCode;
  message: string;
  status: number;
  headers?: Record<string, string>;
}): Response {
  return Response.json(
    { error: { code: options.code, message: options.message } },
    { status: options.status, headers: { "Cache-Control": "no-store", ...options.headers } },
  );
}

/** Maps anything thrown by a handler to the error envelope; unknown errors never leak their text. */
export function toErrorResponse(error: unknown, requestId: string): Response {
  if (error instanceof ApiError) {
    return errorJson({ ...error, message: error.message });
  }
  if (error instanceof DomainError) {
    const code = error.code ?? codeByDomainKind[error.kind];
    return errorJson({ code, message: error.message, status: statusByCode[code] });
  }
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    return errorJson({
      code: "unprocessable_entity",
      message: `${where}${issue?.message ?? "Invalid input."}`,
      status: 422,
    });
  }
  // The error object itself would print the failed query's values (emails, résumés) into the log.
  console.error(`[${requestId}] unhandled error`, redactError(error));
  return errorJson({
    code: "internal",
    message: `Something went wrong on our side. Reference: ${requestId}.`,
    status: 500,
  });
}
