import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiResponsesObject } from "zod-openapi";
import { describeAccess } from "./access";
import { buildErrorResponses, type ErrorReason, type ErrorStatus } from "./error-responses";
import type { OperationSpec } from "./operation-spec";

type Reasons = Partial<Record<ErrorStatus, ErrorReason>>;

/**
 * The errors a route gives without saying so itself: routeHandler's rate limit and 500, the
 * credential checks, a malformed or unknown id, and parseJson / zod on the input.
 */
function collectErrorReasons(spec: OperationSpec): Reasons {
  const access = describeAccess(spec.access);
  const reasons: Reasons = {};
  if (spec.body) Object.assign(reasons, { 400: true, 413: true, 415: true, 422: true });
  if (spec.query) {
    reasons[400] = spec.body
      ? "`bad_request`: the body is empty or not JSON, or a query parameter is repeated."
      : "`bad_request`: a query parameter is repeated.";
    reasons[422] = true;
  }
  if (access.isCheckedByRoute) Object.assign(reasons, { 401: true, 403: true });
  if (spec.pathParams && !spec.isExternal) reasons[404] = true;
  if (!spec.isExternal) Object.assign(reasons, { 429: true, 500: true });
  const sorted = Object.entries({ ...reasons, ...spec.errors }).sort(
    ([a], [b]) => Number(a) - Number(b),
  );
  return Object.fromEntries(sorted);
}

export function toOperation(spec: OperationSpec): ZodOpenApiOperationObject {
  const access = describeAccess(spec.access);
  const { success } = spec;
  const content = success.schema
    ? { content: { [success.mediaType ?? "application/json"]: { schema: success.schema } } }
    : {};
  const responses: ZodOpenApiResponsesObject = {
    ...(success.alsoStatus
      ? { [success.alsoStatus.status]: { description: success.alsoStatus.description, ...content } }
      : {}),
    [success.status]: { description: success.description, ...content },
    ...(spec.otherSuccess
      ? {
          [spec.otherSuccess.status]: {
            description: spec.otherSuccess.description,
            content: { "application/json": { schema: spec.otherSuccess.schema } },
          },
        }
      : {}),
    ...buildErrorResponses(collectErrorReasons(spec)),
  };
  return {
    operationId: toOperationId(spec),
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    tags: [spec.tag],
    security: access.security,
    "x-access": access.summary,
    ...(spec.pathParams || spec.query || spec.headers
      ? {
          requestParams: {
            ...(spec.pathParams ? { path: z.object(spec.pathParams) } : {}),
            ...(spec.query ? { query: spec.query } : {}),
            ...(spec.headers ? { header: spec.headers } : {}),
          },
        }
      : {}),
    ...(spec.body
      ? {
          requestBody: {
            required: !spec.body.isOptional,
            content: {
              [spec.body.mediaType ?? "application/json"]: {
                schema: spec.body.schema,
                ...(spec.body.example === undefined ? {} : { example: spec.body.example }),
              },
            },
          },
        }
      : {}),
    responses,
  };
}

/** `post /api/interviews/{id}/start` → `postInterviewsIdStart`: stable, unique per route. */
function toOperationId(spec: OperationSpec): string {
  const words = spec.path
    .replace(/^\/api\//, "")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return spec.method + words.map((word) => word[0]?.toUpperCase() + word.slice(1)).join("");
}
