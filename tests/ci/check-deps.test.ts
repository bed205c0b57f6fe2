import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const depcruise = path.join(root, "node_modules/.bin/depcruise");

// A small tree with one import per rule: the real config runs over it, so a rule that stops
// matching (a renamed folder, a broken path pattern) fails here and not silently in CI.
const fixture: Record<string, string> = {
  "tsconfig.json": JSON.stringify({ compilerOptions: { paths: { "@/*": ["./*"] } } }),
  "app/page.ts": 'import "@/inngest/send";\nimport "@/lib/queries";\nimport "@/db/schema";\n',
  "app/layout.ts": "export {};\n",
  "inngest/send.ts": 'import "@/lib/queries";\nimport "@/app/layout";\n',
  "inngest/client.ts": "export {};\n",
  "lib/queries.ts": 'import "@/db/schema";\nimport "@/inngest/client";\n',
  "lib/env.ts": "export {};\n",
  "lib/http/api-error.ts": "export {};\n",
  "lib/db/answers.ts": 'import "@/lib/http/api-error";\nimport "@/db/schema";\n',
  "lib/cycle-a.ts": 'import "./cycle-b";\n',
  "lib/cycle-b.ts": 'import "./cycle-a";\n',
  "lib/queries.test.ts": 'import "@/app/page";\n',
  "db/schema.ts": "export {};\n",
  "db/client.ts": 'import "@/lib/env";\nimport "@/scripts/seed";\n',
  "scripts/seed.ts": 'import "@/inngest/send";\nimport "@/lib/queries";\n',
};

let dir = "";
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "check-deps-"));
  for (const [file, text] of Object.entries(fixture)) {
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await fs.writeFile(path.join(dir, file), text);
  }
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe("npm run check:deps", () => {
  it("fails on imports against app → inngest → lib → db and on cycles, and on nothing else", async () => {
    const config = path.join(root, ".dependency-cruiser.cjs");
    const args = ["app", "inngest", "lib", "db", "scripts", "--config", config];
    const result = await run(depcruise, args, { cwd: dir }).then(
      () => ({ code: 0, stdout: "" }),
      (error: { code: number; stdout: string }) => error,
    );
    // The exit code is the number of violations: what makes `npm test` stop.
    expect(result.code).toBe(6);
    const found = [...result.stdout.matchAll(/error (\S+): (\S+) →(?: (\S+))?/g)].map(
      ([, rule, from, to]) => (to ? `${rule}: ${from} → ${to}` : `${rule}: ${from}`),
    );
    expect(found.sort()).toEqual([
      "db-not-up: db/client.ts → lib/env.ts",
      "db-not-up: db/client.ts → scripts/seed.ts",
      "inngest-not-to-app: inngest/send.ts → app/layout.ts",
      "lib-db-not-http: lib/db/answers.ts → lib/http/api-error.ts",
      "lib-not-up: lib/queries.ts → inngest/client.ts",
      // A cycle is printed as its chain, starting at one of its modules.
      expect.stringMatching(/^no-circular: lib\/cycle-[ab]\.ts$/),
    ]);
  }, 60_000);
});
