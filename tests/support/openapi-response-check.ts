// Checks a response a test received against the OpenAPI document: the status must be documented
// for the operation, and a JSON body must match that status's schema (no field the document
// lacks, none it requires missing). The document is the one /api/openapi.json serves.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { buildOpenApiDocument } from "@/app/api/_openapi/build-document";
import { allOperations } from "@/app/api/_openapi/operations/all-operations";
import type { RouteOperation } from "./route-registry";

type JsonObject = Record<string, unknown>;

// ajv-formats is CommonJS: its default export arrives wrapped under some loaders.
const addFormats = (
  "default" in addFormatsModule ? addFormatsModule.default : addFormatsModule
) as typeof addFormatsModule;

let state: { document: JsonObject; ajv: Ajv2020; validators: Map<string, ValidateFunction> };

function getState() {
  if (!state) {
    const document = JSON.parse(JSON.stringify(buildOpenApiDocument())) as JsonObject;
    // OpenAPI's own keywords (example, discriminator…) are not JSON Schema: not strict.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    state = { document, ajv, validators: new Map() };
  }
  return state;
}

function readPath(value: unknown, keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as JsonObject)[key];
  }
  return current;
}

export class OpenApiMismatchError extends Error {}

/** Throws an OpenApiMismatchError naming the operation and what differs. */
export function assertResponseMatchesOpenApi(options: {
  operation: RouteOperation;
  status: number;
  contentType: string | null;
  body: unknown;
  hasBody: boolean;
}): void {
  const { operation, status } = options;
  const spec = allOperations.find(
    (candidate) => candidate.path === operation.path && candidate.method === operation.method,
  );
  // better-auth and Inngest answer in their own shapes; the document says so in words only.
  if (spec?.isExternal) return;
  const name = `${operation.method.toUpperCase()} ${operation.path} → ${status}`;
  const isJson = /^application\/(?:[\w.+-]+\+)?json\b/.test(options.contentType ?? "");
  // Audio and files are described by media type, not by a schema a test could check.
  if (options.hasBody && !isJson) return;
  const { document, ajv, validators } = getState();
  const responses = readPath(document, ["paths", operation.path, operation.method, "responses"]);
  if (!responses)
    throw new OpenApiMismatchError(`${name}: the OpenAPI document has no such operation.`);
  const response = readPath(responses, [String(status)]);
  if (!response)
    throw new OpenApiMismatchError(`${name}: the OpenAPI document does not list this status.`);
  if (!options.hasBody) return;
  const schema = readPath(response, ["content", "application/json", "schema"]);
  if (!schema) {
    throw new OpenApiMismatchError(
      `${name}: the OpenAPI document gives this response no JSON body.`,
    );
  }
  const key = `${operation.method} ${operation.path} ${status}`;
  let validate = validators.get(key);
  if (!validate) {
    // The response schema's $refs point into #/components: compile it with them at its root.
    validate = ajv.compile({ ...(schema as JsonObject), components: document.components });
    validators.set(key, validate);
  }
  if (validate(options.body)) return;
  const errors = (validate.errors ?? [])
    .slice(0, 5)
    .map((error) => `${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`)
    .join("; ");
  throw new OpenApiMismatchError(
    `${name}: the response does not match the OpenAPI document: ${errors}. Body: ${JSON.stringify(options.body).slice(0, 500)}`,
  );
}
