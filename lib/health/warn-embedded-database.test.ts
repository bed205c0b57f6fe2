import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeEmbeddedDatabase } from "./warn-embedded-database";

describe("describeEmbeddedDatabase", () => {
  it("warns a production server without DATABASE_URL that its data lives in one folder on this machine", () => {
    const line = describeEmbeddedDatabase({
      nodeEnv: "production",
      databaseUrl: undefined,
      pgliteDataDir: ".data/pglite",
    });
    expect(line).toContain("no DATABASE_URL");
    expect(line).toContain(`in ${path.resolve(".data/pglite")}, on this machine only`);
  });

  it("says an in-memory database is lost when the process stops", () => {
    const line = describeEmbeddedDatabase({
      nodeEnv: "production",
      databaseUrl: undefined,
      pgliteDataDir: "memory://",
    });
    expect(line).toContain("in memory, lost when this process stops");
  });

  it("stays quiet in development and with a real database", () => {
    const options = { databaseUrl: undefined, pgliteDataDir: ".data/pglite" };
    expect(describeEmbeddedDatabase({ ...options, nodeEnv: "development" })).toBeNull();
    expect(
      describeEmbeddedDatabase({
        ...options,
        nodeEnv: "production",
        databaseUrl: "postgres://u:p@db.example:5432/app",
      }),
    ).toBeNull();
  });
});
