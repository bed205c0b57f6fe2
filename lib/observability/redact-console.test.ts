import { format } from "node:util";
import { DrizzleQueryError } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { redactDatabaseErrorsInConsole } from "./redact-console";

function recordingConsole() {
  const lines: string[] = [];
  const write = (...args: unknown[]) => {
    lines.push(format(...args));
  };
  return { lines, target: { error: write, warn: write, info: write, log: write, debug: write } };
}

describe("redactDatabaseErrorsInConsole", () => {
  it("prints a database error that Next or a library logs without the query's values", () => {
    const { lines, target } = recordingConsole();
    redactDatabaseErrorsInConsole(target);
    const cause = Object.assign(new Error("duplicate key"), {
      code: "23505",
      severity: "ERROR",
      detail: "Key (email)=(ada@example.com) already exists.",
      constraint: "users_email_unique",
    });
    target.error(
      new DrizzleQueryError("insert into users values ($1)", ["ada@example.com"], cause),
    );
    target.warn("context", { unrelated: true }, new Error("model timed out"));
    expect(lines[0]).toContain("23505");
    expect(lines[0]).toContain("users_email_unique");
    expect(lines[0]).not.toContain("ada@example.com");
    expect(lines[1]).toContain("model timed out");
  });

  it("wraps a console once however often start-up runs", () => {
    const { lines, target } = recordingConsole();
    redactDatabaseErrorsInConsole(target);
    redactDatabaseErrorsInConsole(target);
    target.info("once");
    expect(lines).toEqual(["once"]);
  });
});
