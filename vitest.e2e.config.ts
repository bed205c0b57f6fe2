import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

// Browser tests (`npm run test:e2e`): run after `npm run build`, against `next start`.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: path.join(root, "tests/support/empty-module.ts") },
    ],
  },
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: ["tests/e2e/support/global-setup.ts"],
    // One server and one browser per file; files run one after another against that server.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
