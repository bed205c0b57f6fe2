import { createDocument, type ZodOpenApiPathsObject } from "zod-openapi";
import packageJson from "@/package.json";
import { securitySchemes } from "./access";
import { allOperations } from "./operations/all-operations";
import { toOperation } from "./to-operation";
import { buildWebhookEvents } from "./webhook-events";

export type OpenApiDocument = ReturnType<typeof createDocument>;

const tagDescriptions: Record<string, string> = {
  Interviews: "Recruiters invite candidates and prepare the questions.",
  "Interview session": "The candidate's own calls while interviewing, and media / speech tokens.",
  Review: "The evaluation report and the recruiters' human review of it.",
  "Data rights": "A candidate's data: export it as JSON, or erase it everywhere.",
  Positions: "Open positions and how their candidates compare.",
  "Answer bank": "Excellent answers kept per question, searchable by meaning.",
  Account: "API tokens and the company profile.",
  Auth: "Sign-in and sessions (better-auth).",
  Platform: "Health, operator statistics, this reference and the Inngest endpoint.",
  Webhooks: "A workspace's webhook endpoints, their secrets and delivery logs.",
  "Webhook events": "What we POST to a workspace's endpoints, signed the Standard Webhooks way.",
};

/** The OpenAPI 3.1 document of every route under app/api, from the zod schemas the routes parse. */
export function buildOpenApiDocument(): OpenApiDocument {
  const paths: ZodOpenApiPathsObject = {};
  for (const spec of allOperations) {
    const pathItem = paths[spec.path] ?? {};
    if (pathItem[spec.method]) throw new Error(`Documented twice: ${spec.method} ${spec.path}`);
    paths[spec.path] = { ...pathItem, [spec.method]: toOperation(spec) };
  }
  return createDocument(
    {
      openapi: "3.1.1",
      info: {
        title: "Interview Platform API",
        version: packageJson.version,
        description:
          'Every error is JSON: `{"error":{"code","message"}}`. Requests are rate limited per client IP and per caller (`X-RateLimit-*` headers; 429 with `Retry-After`). Responses are not cached (`Cache-Control: no-store`).',
      },
      // Relative, so the document is right on whichever host serves it.
      servers: [{ url: "/" }],
      tags: Object.entries(tagDescriptions).map(([name, description]) => ({ name, description })),
      paths,
      webhooks: buildWebhookEvents(),
      components: { securitySchemes },
    },
    {
      // Dates leave the API as ISO strings (Response.json calls toJSON).
      override: ({ jsonSchema, zodSchema, io }) => {
        if (zodSchema._zod.def.type === "date" && io === "output") {
          jsonSchema.type = "string";
          jsonSchema.format = "date-time";
        }
      },
    },
  );
}

let cachedDocument: OpenApiDocument | undefined;

/** Built once per server process: the schemas cannot change without a deploy. */
export function getOpenApiDocument(): OpenApiDocument {
  cachedDocument ??= buildOpenApiDocument();
  return cachedDocument;
}
