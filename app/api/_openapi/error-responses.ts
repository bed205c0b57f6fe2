import { z } from "zod";
import type { ZodOpenApiResponsesObject } from "zod-openapi";

/** Every non-2xx answer of our own routes (lib/http/error-response.ts). */
export const errorEnvelopeSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "Machine-readable, e.g. `not_found`." }),
      message: z.string().meta({ description: "For people; a 500 names only a reference id." }),
    }),
  })
  .meta({ id: "ErrorEnvelope" });

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 502 | 503;

/** What each status means on this API unless an operation says more precisely. */
const defaultReasons: Record<ErrorStatus, string> = {
  400: "`bad_request`: the body is empty or not JSON.",
  401: "`unauthorized`: no credentials, or a bearer token that is invalid or expired.",
  403: "`forbidden`: this kind of caller may not do this (or a cookie write came from another site).",
  404: "`not_found`: no such resource, or it belongs to another company.",
  409: "`conflict`: the resource's current state forbids this.",
  413: "`payload_too_large`: the body is over the size limit (MAX_JSON_BODY_BYTES).",
  415: "`unsupported_media_type`: send the body as `Content-Type: application/json`.",
  422: "`unprocessable_entity`: the input does not match the schema; the message names the field.",
  429: "`rate_limited`: too many requests; `Retry-After` says when to try again.",
  500: "`internal`: something failed on our side; the message carries a reference id.",
  502: "An upstream service refused the request.",
  503: "A service this needs is not configured or unavailable.",
};

/** The error responses an operation documents, each with the shared envelope. */
/**
 * Why a status happens: `true` for the default reason, a sentence for the envelope with a
 * route's own reason, or a response of another shape (a library's body, a health report).
 */
export type ErrorReason = true | string | { description: string; schema?: z.ZodType };

export function buildErrorResponses(
  reasons: Partial<Record<ErrorStatus, ErrorReason>>,
): ZodOpenApiResponsesObject {
  const responses: ZodOpenApiResponsesObject = {};
  for (const [status, reason] of Object.entries(reasons)) {
    const key = status as `${ErrorStatus}`;
    if (typeof reason === "object") {
      responses[key] = {
        description: reason.description,
        ...(reason.schema ? { content: { "application/json": { schema: reason.schema } } } : {}),
      };
      continue;
    }
    responses[key] = {
      description: reason === true ? defaultReasons[Number(status) as ErrorStatus] : reason,
      content: { "application/json": { schema: errorEnvelopeSchema } },
    };
  }
  return responses;
}
