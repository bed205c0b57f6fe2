import { z } from "zod";
import type { DocumentSchema as Schema } from "./document-types";

const refPrefix = "#/components/schemas/";

export function schemaAnchorId(name: string): string {
  return `schema-${name}`;
}

/** The named schemas a schema points at, so the reader can jump to them. */
function listReferencedSchemas(schema: Schema): string[] {
  const names = JSON.stringify(schema).matchAll(/"#\/components\/schemas\/([^"]+)"/g);
  return [...new Set([...names].map((match) => match[1] ?? ""))];
}

/** A JSON Schema, folded: a summary line, then the schema itself and links to what it uses. */
export function SchemaDetails(props: { summary: string; schema: Schema; example?: unknown }) {
  const referenced = listReferencedSchemas(props.schema);
  return (
    <details className="mt-2 rounded-md border border-slate-200 bg-slate-50 text-sm">
      <summary className="cursor-pointer px-3 py-2 font-medium text-slate-800">
        {props.summary}
      </summary>
      <div className="border-t border-slate-200 px-3 py-2">
        {referenced.length > 0 ? (
          <p className="mb-2 text-slate-700">
            Uses{" "}
            {referenced.map((name, index) => (
              <span key={name}>
                {index > 0 ? ", " : null}
                <a
                  className="font-mono text-indigo-800 underline"
                  href={`#${schemaAnchorId(name)}`}
                >
                  {name}
                </a>
              </span>
            ))}
          </p>
        ) : null}
        <pre className="max-h-96 overflow-auto text-xs leading-snug">
          {JSON.stringify(props.schema, null, 2)}
        </pre>
        {props.example === undefined ? null : (
          <>
            <p className="mt-3 font-medium text-slate-800">Example</p>
            <pre className="overflow-auto text-xs leading-snug">
              {JSON.stringify(props.example, null, 2)}
            </pre>
          </>
        )}
      </div>
    </details>
  );
}

const briefSchema = z.looseObject({
  $ref: z.string().optional(),
  type: z.union([z.string(), z.array(z.string())]).optional(),
  format: z.string().optional(),
  enum: z.array(z.unknown()).optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  minLength: z.number().optional(),
  maxLength: z.number().optional(),
  default: z.unknown().optional(),
});

/** One line for a parameter's schema: `integer, 1–100, default 50`. */
export function describeSchemaBriefly(value: unknown): string {
  const parsed = briefSchema.safeParse(value);
  if (!parsed.success) return "";
  const schema = parsed.data;
  if (schema.$ref) return schema.$ref.replace(refPrefix, "");
  const parts = [
    [schema.type, schema.format && `(${schema.format})`].filter(Boolean).join(" "),
    schema.enum && `one of ${schema.enum.join(", ")}`,
    (schema.minimum !== undefined || schema.maximum !== undefined) &&
      `${schema.minimum ?? "…"}–${schema.maximum ?? "…"}`,
    (schema.minLength !== undefined || schema.maxLength !== undefined) &&
      `${schema.minLength ?? 0}–${schema.maxLength ?? "…"} characters`,
    schema.default !== undefined && `default ${JSON.stringify(schema.default)}`,
  ];
  return parts.filter(Boolean).join(", ");
}
