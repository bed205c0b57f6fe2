import { execFile } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const script = path.join(root, "tests/ci/audit-dependencies.ts");

// A registry on loopback whose audit endpoint answers as the test says: real `npm audit` runs
// against it over our package-lock.json, so both CI paths are exercised end to end.
let bulkAnswer: { status: number; body: unknown } = { status: 200, body: {} };
const registry = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    if (req.method === "POST" && req.url?.includes("/-/npm/v1/security/advisories/bulk")) {
      res.writeHead(bulkAnswer.status, { "content-type": "application/json" });
      res.end(bulkAnswer.status === 200 ? JSON.stringify(bulkAnswer.body) : "");
      return;
    }
    res.writeHead(404).end("{}");
  });
});
let registryUrl = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => registry.listen(0, "127.0.0.1", resolve));
  registryUrl = `http://127.0.0.1:${(registry.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => registry.close(() => resolve())));

async function audit(extraArgs: string[] = []) {
  try {
    const { stdout, stderr } = await run(
      path.join(root, "node_modules/.bin/tsx"),
      [script, `--registry=${registryUrl}`, ...extraArgs],
      { cwd: root },
    );
    return { exitCode: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { exitCode: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe("tests/ci/audit-dependencies.ts", () => {
  it("fails CI when a production dependency has a high advisory", async () => {
    bulkAnswer = {
      status: 200,
      body: {
        zod: [
          {
            id: 1,
            title: "Test advisory",
            url: "https://example.invalid/GHSA-test",
            severity: "high",
            vulnerable_versions: "<99.0.0",
            cwe: [],
            cvss: { score: 8, vectorString: null },
          },
        ],
      },
    };
    const result = await audit();
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain("zod (high): Test advisory https://example.invalid/GHSA-test");
  }, 60_000);

  it("passes when the registry knows no advisory for the production dependencies", async () => {
    bulkAnswer = { status: 200, body: {} };
    const result = await audit();
    expect(result).toMatchObject({ exitCode: 0 });
    expect(result.output).toMatch(/npm audit: \d+ production dependencies, 0 critical, 0 high/);
  }, 60_000);

  it("prints one loud NOT AUDITED line, and passes, when the registry has no audit endpoint", async () => {
    bulkAnswer = { status: 405, body: null };
    const result = await audit();
    expect(result.exitCode).toBe(0);
    expect(result.output).toMatch(/^!!! NOT AUDITED: .*405.* !!!$/m);
    expect(result.output.match(/NOT AUDITED/g)).toHaveLength(1);
  }, 60_000);

  it("fails with --require-audit (the deploying pipeline) when the registry has no audit endpoint", async () => {
    bulkAnswer = { status: 405, body: null };
    const result = await audit(["--require-audit"]);
    expect(result.exitCode).toBe(1);
    expect(result.output).toMatch(/^!!! NOT AUDITED: .*405/m);
  }, 60_000);
});
