import { z } from "zod";
import type { OperationSpec } from "../operation-spec";
import { describedObject } from "../response-schemas";

const tag = "Platform";

const healthSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.object({ reachable: z.boolean(), latencyMs: z.number().nullable() }),
  backends: describedObject("The backend in use per service (database, cache, jobs, …)."),
});

const inngestOperation = (method: "get" | "post" | "put", summary: string): OperationSpec => ({
  method,
  path: "/api/inngest",
  summary,
  description:
    "Served by the Inngest SDK (`serve` from `inngest/next`), not by this API's conventions. Without Inngest configured it answers 404 with the error envelope.",
  tag,
  access: "inngest",
  success: { status: 200, description: "The SDK's own response." },
  errors: {
    401: { description: "The request is not signed with the signing key (the SDK's own body)." },
    404: "`not_found`: Inngest is not configured.",
  },
  isExternal: true,
});

const betterAuthOperation = (method: "get" | "post", summary: string): OperationSpec => ({
  method,
  path: "/api/auth/{all}",
  summary,
  description:
    "better-auth's endpoints (https://www.better-auth.com/docs/concepts/api), e.g. `POST sign-in/email` with `{email, password}`, `POST sign-out`, `GET get-session`. Sign-up is disabled: operators create recruiter accounts. Sign-in is limited per client IP (429).",
  tag: "Auth",
  access: "betterAuth",
  pathParams: {
    all: z.string().meta({ description: "The better-auth endpoint path, e.g. `sign-in/email`." }),
  },
  success: { status: 200, description: "better-auth's own response." },
  ...(method === "post"
    ? { errors: { 429: { description: "Too many sign-in attempts from this client IP." } } }
    : {}),
  isExternal: true,
});

export const platformOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/health",
    summary: "Liveness: is the database reachable, which backends are in use",
    tag,
    access: "public",
    success: { status: 200, description: "Healthy.", schema: healthSchema },
    errors: {
      503: { description: "The database is unreachable (`degraded`).", schema: healthSchema },
    },
  },
  {
    method: "get",
    path: "/api/cache/stats",
    summary: "Cache hits, misses, errors and hit rate per kind; rate-limit rejections",
    tag,
    access: "operator",
    success: {
      status: 200,
      description: "Counters since the process started (shared across instances on Upstash).",
      schema: describedObject(
        "Cache counters per kind, totals, rate-limit and API response counts.",
      ),
    },
  },
  {
    method: "get",
    path: "/api/openapi.json",
    summary: "This API reference as an OpenAPI 3.1 document",
    tag,
    access: "user",
    success: {
      status: 200,
      description: "The OpenAPI document.",
      schema: describedObject("OpenAPI 3.1"),
    },
  },
  inngestOperation("get", "Inngest introspection"),
  inngestOperation("post", "Inngest runs a step of one of our functions"),
  inngestOperation("put", "Inngest registers (syncs) our functions"),
  betterAuthOperation("get", "better-auth read endpoints (session)"),
  betterAuthOperation("post", "better-auth write endpoints (sign-in, sign-out)"),
];
