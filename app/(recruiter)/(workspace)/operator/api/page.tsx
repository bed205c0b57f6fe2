import type { Metadata } from "next";
import Link from "next/link";
import { Panel } from "@/app/_components/panel";
import { getOpenApiDocument, type OpenApiDocument } from "@/app/api/_openapi/build-document";
import { requirePageOperator } from "@/lib/auth/require-page-user";
import { linkClass, PageHeader, secondaryButtonClass } from "../../../_components/page-header";
import type { DocumentOperation } from "./document-types";
import { OperationEntry } from "./operation-entry";
import { SchemaDetails, schemaAnchorId } from "./schema-details";

export const metadata: Metadata = { title: "API reference" };

const methods = ["get", "post", "put", "patch", "delete"] as const;

type Entry = { method: string; path: string; operation: DocumentOperation };

/** Operations grouped under their first tag, in the document's tag order. */
function groupByTag(document: OpenApiDocument): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>((document.tags ?? []).map((tag) => [tag.name, []]));
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of methods) {
      const operation = item[method];
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? "Other";
      groups.set(tag, [...(groups.get(tag) ?? []), { method, path, operation }]);
    }
  }
  return groups;
}

export default async function ApiReferencePage() {
  await requirePageOperator();
  const document = getOpenApiDocument();
  const groups = groupByTag(document);
  const tagDescriptions = new Map((document.tags ?? []).map((tag) => [tag.name, tag.description]));
  const securitySchemes = Object.entries(document.components?.securitySchemes ?? {});
  const schemas = Object.entries(document.components?.schemas ?? {});
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/operator" className={linkClass}>
            Operator
          </Link>
        }
        title="API reference"
        description={`Generated from the zod schemas the routes parse (OpenAPI ${document.openapi}, version ${document.info.version}). Every error answers {"error":{"code","message"}} with the status listed.`}
        actions={
          <a href="/api/openapi.json" className={secondaryButtonClass}>
            openapi.json
          </a>
        }
      />
      <nav aria-label="API sections" className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {[...groups].map(([tag, entries]) => (
          <a key={tag} href={`#tag-${tag.replaceAll(" ", "-")}`} className={linkClass}>
            {tag} ({entries.length})
          </a>
        ))}
        <a href="#authentication" className={linkClass}>
          Authentication
        </a>
        <a href="#schemas" className={linkClass}>
          Schemas
        </a>
      </nav>
      <div className="mt-6 space-y-6">
        {[...groups].map(([tag, entries]) => (
          <Panel
            key={tag}
            heading={tag}
            headingId={`tag-${tag.replaceAll(" ", "-")}`}
            padding="roomy"
          >
            <p className="mt-1 text-sm text-slate-700">{tagDescriptions.get(tag)}</p>
            <div className="mt-3 space-y-5">
              {entries.map((entry) => (
                <OperationEntry key={`${entry.method} ${entry.path}`} {...entry} />
              ))}
            </div>
          </Panel>
        ))}
        <Panel heading="Authentication" headingId="authentication" padding="roomy">
          <dl className="mt-3 space-y-3 text-sm">
            {securitySchemes.map(([name, scheme]) => (
              <div key={name}>
                <dt className="font-mono font-semibold">{name}</dt>
                <dd className="text-slate-700">
                  {"description" in scheme ? scheme.description : null}
                </dd>
              </div>
            ))}
          </dl>
        </Panel>
        <Panel heading="Schemas" headingId="schemas" padding="roomy">
          {schemas.map(([name, schema]) => (
            <div key={name} id={schemaAnchorId(name)}>
              <SchemaDetails summary={name} schema={schema} />
            </div>
          ))}
        </Panel>
      </div>
    </>
  );
}
