import { TableHead } from "@/app/_components/table-head";
import type {
  DocumentOperation,
  DocumentParameter,
  DocumentRequestBody,
  DocumentResponse,
  DocumentSecurity,
} from "./document-types";
import { describeSchemaBriefly, SchemaDetails } from "./schema-details";

const methodClasses: Record<string, string> = {
  get: "bg-sky-100 text-sky-900",
  post: "bg-emerald-100 text-emerald-900",
  put: "bg-amber-100 text-amber-950",
  patch: "bg-amber-100 text-amber-950",
  delete: "bg-red-100 text-red-900",
};

const schemeLabels: Record<string, string> = {
  sessionCookie: "session cookie",
  apiToken: "API token",
  inviteToken: "invite token",
  inngestSignature: "Inngest signature",
};

type Reference = { $ref: string };

function isReference<T extends object>(value: T | Reference): value is Reference {
  return "$ref" in value;
}

function describeSecurity(security: DocumentSecurity | undefined): string {
  const alternatives = (security ?? []).map((requirement) =>
    Object.keys(requirement).map((name) => schemeLabels[name] ?? name),
  );
  if (alternatives.length === 0) return "no credentials";
  return alternatives.map((names) => (names.length ? names.join(" + ") : "none")).join(" or ");
}

function readJsonContent(body: DocumentRequestBody | DocumentResponse) {
  if (isReference(body)) return undefined;
  const content = body.content?.["application/json"];
  return content && !isReference(content) ? content : undefined;
}

export function OperationEntry(props: {
  method: string;
  path: string;
  operation: DocumentOperation;
}) {
  const { operation } = props;
  const parameters = (operation.parameters ?? []).filter(
    (parameter): parameter is Exclude<DocumentParameter, Reference> => !isReference(parameter),
  );
  const requestBody =
    operation.requestBody && !isReference(operation.requestBody) ? operation.requestBody : null;
  const requestContent = requestBody ? readJsonContent(requestBody) : undefined;
  return (
    <article id={operation.operationId} className="border-t border-slate-200 pt-4">
      <h3 className="flex flex-wrap items-center gap-2">
        <span
          className={`rounded px-2 py-0.5 font-mono text-xs font-bold uppercase ${methodClasses[props.method] ?? ""}`}
        >
          {props.method}
        </span>
        <code className="break-all font-mono text-sm font-semibold">{props.path}</code>
      </h3>
      <p className="mt-1 text-slate-900">{operation.summary}</p>
      {operation.description ? (
        <p className="mt-1 text-sm text-slate-700">{operation.description}</p>
      ) : null}
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">Who may call</dt>
        <dd>
          {operation["x-access"]}{" "}
          <span className="text-slate-600">({describeSecurity(operation.security)})</span>
        </dd>
      </dl>
      {parameters.length > 0 ? (
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">Parameters of {props.path}</caption>
          <TableHead
            className="text-slate-600"
            cellClassName="py-1 pr-3 font-medium"
            columns={["Parameter", "In", "Schema"]}
          />
          <tbody>
            {parameters.map((parameter) => (
              <tr key={`${parameter.in}-${parameter.name}`} className="align-top">
                <td className="py-1 pr-3 font-mono">
                  {parameter.name}
                  {parameter.required ? <span title="required">*</span> : null}
                </td>
                <td className="py-1 pr-3">{parameter.in}</td>
                <td className="py-1">
                  {describeSchemaBriefly(parameter.schema)}
                  {parameter.description ? (
                    <span className="block text-slate-600">{parameter.description}</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {requestContent?.schema ? (
        <SchemaDetails
          summary={`Request body (JSON${requestBody?.required ? "" : ", optional"})`}
          schema={requestContent.schema}
          example={requestContent.example}
        />
      ) : null}
      <ResponseList responses={operation.responses ?? {}} />
    </article>
  );
}

function ResponseList(props: { responses: NonNullable<DocumentOperation["responses"]> }) {
  const entries = Object.entries(props.responses).filter(
    (entry): entry is [string, Exclude<DocumentResponse, Reference>] => !isReference(entry[1]),
  );
  return (
    <div className="mt-2 text-sm">
      <p className="font-medium text-slate-800">Responses</p>
      <ul className="mt-1 space-y-1">
        {entries.map(([status, response]) => {
          const schema = readJsonContent(response)?.schema;
          const isSuccess = status.startsWith("2");
          return (
            <li key={status}>
              <span
                className={`mr-2 font-mono font-semibold ${isSuccess ? "text-emerald-800" : "text-slate-700"}`}
              >
                {status}
              </span>
              {response.description}
              {isSuccess && schema ? <SchemaDetails summary="Body schema" schema={schema} /> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
