import { inspect } from "node:util";
import { DrizzleQueryError } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { carriesDatabaseValues, describeError, redactError } from "./redact-error";

/** The fields `pg` and PGlite put on a Postgres error, with the failing row in `detail`. */
function uniqueViolation() {
  return Object.assign(
    new Error('duplicate key value violates unique constraint "users_email_unique"'),
    {
      code: "23505",
      severity: "ERROR",
      detail: "Key (email)=(ada@example.com) already exists.",
      table: "users",
      constraint: "users_email_unique",
    },
  );
}

describe("describeError", () => {
  it("names a Postgres error by condition, SQLSTATE, table and constraint, never its detail", () => {
    const line = describeError(uniqueViolation());
    expect(line).toBe(
      "unique_violation (SQLSTATE 23505) on table users, constraint users_email_unique",
    );
  });

  it("describes a drizzle query error by its cause, leaving out the statement and its params", () => {
    const error = new DrizzleQueryError(
      'insert into "users" ("email") values ($1)',
      ["ada@example.com"],
      uniqueViolation(),
    );
    expect(describeError(error)).not.toContain("ada@example.com");
    expect(describeError(error)).toContain("SQLSTATE 23505");
    expect(describeError(new DrizzleQueryError("select $1", ["ada@example.com"]))).toBe(
      "database query failed",
    );
  });

  it("keeps other errors' messages, with email addresses masked and the cause appended", () => {
    expect(describeError(new Error("embeddings are down"))).toBe("embeddings are down");
    const error = new TypeError("fetch failed for ada@example.com", {
      cause: new Error("connect ECONNREFUSED 127.0.0.1:5432"),
    });
    expect(describeError(error)).toBe(
      "TypeError: fetch failed for [email]; cause: connect ECONNREFUSED 127.0.0.1:5432",
    );
  });
});

describe("redactError", () => {
  it("gives the log the SQLSTATE, names and stack frames, and nothing that prints a value", () => {
    const error = new DrizzleQueryError("select $1", ["ada@example.com"], uniqueViolation());
    const redacted = redactError(error);
    expect(redacted).toMatchObject({
      code: "23505",
      table: "users",
      constraint: "users_email_unique",
      stack: expect.stringMatching(/^\s+at /),
    });
    expect(inspect(redacted, { depth: null })).not.toContain("ada@example.com");
  });
});

describe("carriesDatabaseValues", () => {
  it("is true for database errors and their wrappers, false for the app's own errors", () => {
    expect(carriesDatabaseValues(uniqueViolation())).toBe(true);
    expect(carriesDatabaseValues(new Error("wrapped", { cause: uniqueViolation() }))).toBe(true);
    expect(carriesDatabaseValues(new Error("model timed out"))).toBe(false);
    expect(carriesDatabaseValues(Object.assign(new Error("pipe"), { code: "EPIPE" }))).toBe(false);
  });
});
