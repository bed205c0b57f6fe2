import fs from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { toRouteUrlPath } from "@/tests/support/route-registry-plugin.mjs";
import { buildOpenApiDocument } from "./build-document";
import { allOperations } from "./operations/all-operations";

const apiDir = path.resolve(import.meta.dirname, "..");
const httpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/** The HTTP methods a route module exports, in each way a module can export them. */
function readExportedMethods(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?(?:const|let|function)\s+(\w+)/g)) {
    names.add(match[1] ?? "");
  }
  // methodsNotServed's handlers are the 405s of the methods a route does not serve.
  for (const match of source.matchAll(
    /export\s+(?:const|let)\s*\{([^}]*)\}\s*=(?!\s*methodsNotServed\b)/g,
  )) {
    for (const name of (match[1] ?? "").split(",")) names.add(name.split(":").at(-1)?.trim() ?? "");
  }
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const name of (match[1] ?? "").split(","))
      names.add(
        name
          .split(/\sas\s/)
          .at(-1)
          ?.trim() ?? "",
      );
  }
  return [...names].filter((name) => httpMethods.includes(name));
}

function listRouteOperations(): string[] {
  const routeFiles = fs
    .readdirSync(apiDir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts");
  return routeFiles.flatMap((file) => {
    // A folder starting with "_" is private in the App Router: nothing under it is served.
    const urlPath = toRouteUrlPath(file);
    if (!urlPath) return [];
    const methods = readExportedMethods(fs.readFileSync(path.join(apiDir, file), "utf8"));
    return methods.map((method) => `${method} ${urlPath}`);
  });
}

function listDocumentedOperations(document: ReturnType<typeof buildOpenApiDocument>): string[] {
  return Object.entries(document.paths ?? {}).flatMap(([urlPath, item]) =>
    httpMethods
      .filter((method) => item && method.toLowerCase() in item)
      .map((method) => `${method} ${urlPath}`),
  );
}

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument();

  it("reads route exports written as const, function, destructuring or a renamed export", () => {
    const source = [
      "export const GET = routeHandler(async () => x);",
      "export async function POST(req: Request) {}",
      "export const { PUT, PATCH: patchHandler } = handlers;",
      "export { remove as DELETE, helper };",
      "export const dynamic = 'force-dynamic';",
      "export const { HEAD, OPTIONS } = methodsNotServed({ GET, POST, PUT, DELETE });",
    ].join("\n");
    expect(readExportedMethods(source).sort()).toEqual(["DELETE", "GET", "POST", "PUT"]);
  });

  it("documents every exported handler under app/api, and nothing that does not exist", () => {
    const routes = listRouteOperations().sort();
    expect(routes.length).toBeGreaterThan(30);
    expect(listDocumentedOperations(document).sort()).toEqual(routes);
  });

  it("is a valid OpenAPI 3.1 document whose references all resolve", async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(JSON.stringify(document)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  it("gives every request body example in a shape the route's own schema accepts", () => {
    const withExamples = allOperations.filter((spec) => spec.body?.example !== undefined);
    expect(withExamples.length).toBeGreaterThanOrEqual(5);
    for (const spec of withExamples) {
      const operation = document.paths?.[spec.path]?.[spec.method];
      const requestBody = operation?.requestBody;
      const content =
        requestBody && "content" in requestBody
          ? requestBody.content[spec.body?.mediaType ?? "application/json"]
          : undefined;
      const example = content && "example" in content ? content.example : undefined;
      expect(example, `${spec.method} ${spec.path}`).toBeDefined();
      const parsed = spec.body?.schema.safeParse(example);
      expect(parsed?.error, `${spec.method} ${spec.path}`).toBeUndefined();
    }
  });

  it("takes its version from package.json and its server from the host that serves it", () => {
    const packageJson = JSON.parse(
      fs.readFileSync(path.resolve(apiDir, "../../package.json"), "utf8"),
    );
    expect(document.info.version).toBe(packageJson.version);
    expect(document.servers).toEqual([{ url: "/" }]);
  });
});
