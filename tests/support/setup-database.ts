// Gives each integration test file its own database on the driver of its Vitest project.
import { afterAll, inject, vi } from "vitest";
import { openPgliteTestDatabase, openPgTestDatabase } from "./open-test-database";
import { testEnv } from "./test-env";

const templatePath = inject("pgliteTemplatePath");
const testDatabase =
  testEnv.TEST_DB_DRIVER === "pg"
    ? await openPgTestDatabase({ templatePath })
    : await openPgliteTestDatabase({ templatePath });

// The app's env then reports the driver in use, as a deployment with DATABASE_URL would.
if (testDatabase.url) process.env.DATABASE_URL = testDatabase.url;

vi.mock("@/db/client", () => ({
  getDatabase: async () => testDatabase,
  getDb: async () => testDatabase.db,
}));

afterAll(async () => {
  await testDatabase.close();
});
