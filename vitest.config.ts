import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { routeRegistryPlugin } from "./tests/support/route-registry-plugin.mjs";

const root = import.meta.dirname;
const testEnv = {
  NODE_ENV: "test" as const,
  PGLITE_DATA_DIR: "memory://",
  APP_URL: "http://localhost:3000",
  BETTER_AUTH_SECRET: "test-secret-0123456789-abcdefghijklmnop",
  // Suites reuse a token for many calls; the rate-limit tests set their own limit.
  RATE_LIMIT_PER_MINUTE: "10000",
  RATE_LIMIT_PER_IP_PER_MINUTE: "100000",
  // Recording files of the suites go to a scratch folder, never the checkout's .data.
  RECORDINGS_DIR: path.join(os.tmpdir(), `interview-test-recordings-${process.pid}`),
};

// The files that also run through node-postgres over the wire (`int-pg`): those whose SQL, types
// or transactions could behave differently there (migrations, the seed, every lib/db reader,
// better-auth's adapter, claims and purges on timestamps, the erase's transaction, idempotency
// keys, aggregates over dates). Every file ran on both until CI neared its 30 minutes; the route
// logic above the database is the same on either driver. INT_PG_ALL=1 (`npm run test:int-pg:all`)
// runs every file on it.
const overTheWire = [
  "db/*.int.test.ts",
  "lib/db/*.int.test.ts",
  "lib/auth/get-principal.int.test.ts",
  "tests/workspaces/team-flow.int.test.ts",
  "tests/workspaces/member-changes.int.test.ts",
  "inngest/job-runs.int.test.ts",
  "inngest/run-maintenance.int.test.ts",
  "inngest/functions/evaluate-interview.int.test.ts",
  "inngest/functions/send-mail.int.test.ts",
  "inngest/functions/deliver-webhook.int.test.ts",
  "lib/data-rights/decision-record-erase.int.test.ts",
  "lib/data-rights/erase-expired-interviews.int.test.ts",
  "lib/invitations/reminders.int.test.ts",
  "app/api/interviews/interviews.int.test.ts",
  "app/api/interviews/batch/batch-idempotency.int.test.ts",
  "app/api/positions/[[]id]/adverse-impact/adverse-impact.int.test.ts",
];

const integration = {
  include: ["**/*.int.test.ts"],
  exclude: ["node_modules/**", ".next/**"],
  globalSetup: ["tests/support/global-setup.ts"],
  setupFiles: ["tests/support/setup-database.ts"],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Vitest is not a React server: the guard module itself is what the app must not ship to clients.
      { find: /^server-only$/, replacement: path.join(root, "tests/support/empty-module.ts") },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["**/*.test.ts"],
          exclude: ["node_modules/**", ".next/**", "**/*.int.test.ts", "**/*.eval.test.ts"],
          env: testEnv,
        },
      },
      {
        extends: true,
        // The evaluation regression suite (`npm run test:eval`): scores of written attack cases.
        test: { name: "eval", include: ["tests/eval/**/*.eval.test.ts"], env: testEnv },
      },
      {
        extends: true,
        plugins: [routeRegistryPlugin({ root })],
        test: { name: "int-pglite", ...integration, env: { ...testEnv, TEST_DB_DRIVER: "pglite" } },
      },
      {
        extends: true,
        plugins: [routeRegistryPlugin({ root })],
        test: {
          name: "int-pg",
          ...integration,
          include: process.env.INT_PG_ALL === "1" ? integration.include : overTheWire,
          env: { ...testEnv, TEST_DB_DRIVER: "pg" },
        },
      },
    ],
  },
});
