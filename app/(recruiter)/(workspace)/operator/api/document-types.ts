import type { OpenApiDocument } from "@/app/api/_openapi/build-document";

// The shapes of the generated document, named for the reference page's components.
type PathItem = NonNullable<NonNullable<OpenApiDocument["paths"]>[string]>;
export type DocumentOperation = NonNullable<PathItem["get"]> & { "x-access"?: string };
export type DocumentParameter = NonNullable<DocumentOperation["parameters"]>[number];
export type DocumentRequestBody = NonNullable<DocumentOperation["requestBody"]>;
export type DocumentResponse = NonNullable<DocumentOperation["responses"]>[string];
export type DocumentSchema = NonNullable<
  NonNullable<OpenApiDocument["components"]>["schemas"]
>[string];
export type DocumentSecurity = NonNullable<DocumentOperation["security"]>;
