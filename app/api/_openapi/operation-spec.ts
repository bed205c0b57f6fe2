import type { z } from "zod";
import type { Access } from "./access";
import type { ErrorReason, ErrorStatus } from "./error-responses";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/** One exported handler of one `app/api/**\/route.ts`, as the reference describes it. */
export type OperationSpec = {
  method: HttpMethod;
  /** The URL path with `{param}` for each dynamic segment, e.g. `/api/interviews/{id}`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  access: Access;
  pathParams?: Record<string, z.ZodType>;
  /** The zod schema the route parses its query with. */
  query?: z.ZodType<unknown, Record<string, unknown>>;
  /** Request headers the route reads (an `Idempotency-Key`). */
  headers?: z.ZodObject;
  /** The zod schema the route parses its JSON body with; the example must parse with it. */
  body?: { schema: z.ZodType; example?: unknown; isOptional?: boolean; mediaType?: string };
  /** `mediaType` defaults to application/json; audio and other bytes name their own. */
  success: {
    status: 200 | 201 | 202 | 204;
    description: string;
    schema?: z.ZodType;
    mediaType?: string;
    /** A second success status with the same body, e.g. 200 for a retry that stored nothing new. */
    alsoStatus?: { status: 200; description: string };
  };
  /** A second success with its own body, e.g. 202 when a change is held for a replay first. */
  otherSuccess?: { status: 202; description: string; schema: z.ZodType };
  /** Errors particular to this route; the ones its wrapper, auth and input give are added. */
  errors?: Partial<Record<ErrorStatus, Exclude<ErrorReason, true>>>;
  /** Served by a library (better-auth, Inngest) rather than routeHandler: no rate limit or envelope. */
  isExternal?: boolean;
};
