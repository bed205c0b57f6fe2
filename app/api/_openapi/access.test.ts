import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeAccess } from "./access";
import { allOperations } from "./operations/all-operations";

const apiDir = path.resolve(import.meta.dirname, "..");

/** `/api/interviews/{id}/report` → the route file that serves it. */
function routeFileOf(urlPath: string): string {
  const segments = urlPath.replace(/^\/api\//, "").replace(/\{(\w+)\}/g, "[$1]");
  return path.join(apiDir, segments, "route.ts");
}

/**
 * What one handler declares: the permissions in `requireMember(req, "…")` and `allow: …`, and
 * whether `"candidate"` is allowed. A handler that declares nothing itself (overrides' shared
 * `authorize`) is read from its whole file.
 */
function readDeclaredAccess(source: string, method: string) {
  const start = source.search(new RegExp(`export const ${method.toUpperCase()} = `));
  const rest = start < 0 ? "" : source.slice(start + 1);
  const end = rest.search(/\nexport /);
  const handler = end < 0 ? rest : rest.slice(0, end);
  const read = (text: string) => {
    const quoted = [
      ...text.matchAll(/requireMember\(req, "([^"]+)"\)/g),
      ...text.matchAll(/allow: "([^"]+)"/g),
      ...[...text.matchAll(/allow: \[([^\]]*)\]/g)].flatMap((match) => [
        ...(match[1] ?? "").matchAll(/"([^"]+)"/g),
      ]),
    ].map((match) => match[1] ?? "");
    return [...new Set(quoted)].sort();
  };
  const declared = read(handler);
  return declared.length > 0 ? declared : read(source);
}

describe("the OpenAPI document's access", () => {
  it("names, for every member operation, the permission its route declares", () => {
    // better-auth and Inngest check their own callers.
    const ours = allOperations.filter((spec) => !spec.isExternal);
    const mismatches = ours.flatMap((spec) => {
      const declared = readDeclaredAccess(
        fs.readFileSync(routeFileOf(spec.path), "utf8"),
        spec.method,
      );
      const documented =
        typeof spec.access === "string"
          ? []
          : [spec.access.member, ...(spec.access.orCandidate ? ["candidate"] : [])].sort();
      const name = `${spec.method.toUpperCase()} ${spec.path}`;
      // Routes that only the candidate may call declare `allow: ["candidate"]` and say "candidate".
      const isCandidateOnly = spec.access === "candidate" && declared.join() === "candidate";
      return isCandidateOnly || documented.join() === declared.join()
        ? []
        : [`${name}: documented [${documented}] but the route declares [${declared}]`];
    });
    expect(mismatches).toEqual([]);
  });

  it("lists the roles holding the permission from the role table, with the evaluators' scope", () => {
    expect(describeAccess({ member: "interview:read" }).summary).toBe(
      "Members whose workspace role holds `interview:read` (owner, admin, recruiter, evaluator), by session or an API token of their workspace; other roles get 403. Evaluators only on the positions they are assigned to: lists show only those, and an id of another position answers 404. Another workspace's resources answer 404.",
    );
    const exportAccess = describeAccess({ member: "candidate-data:manage" }).summary;
    expect(exportAccess).toContain("(owner, admin)");
    expect(exportAccess).not.toContain("Evaluators");
  });
});
