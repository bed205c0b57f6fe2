import { describe, expect, it } from "vitest";
import { parseCreateUserArgs } from "./create-user-args";

const person = ["--email", "ada@example.com", "--name", "Ada"];

describe("parseCreateUserArgs", () => {
  it("reads a workspace member", () => {
    expect(parseCreateUserArgs([...person, "--workspace", "Acme", "--role", "evaluator"])).toEqual({
      email: "ada@example.com",
      name: "Ada",
      workspace: "Acme",
      role: "evaluator",
    });
  });

  it("reads a platform operator, who has no workspace", () => {
    expect(parseCreateUserArgs([...person, "--operator"])).toEqual({
      email: "ada@example.com",
      name: "Ada",
      operator: true,
    });
  });

  it.each([
    ["a password", [...person, "--workspace", "Acme", "--role", "owner", "--password", "x"]],
    ["an unknown role", [...person, "--workspace", "Acme", "--role", "boss"]],
    ["a workspace without a role", [...person, "--workspace", "Acme"]],
    ["an operator with a workspace", [...person, "--operator", "--workspace", "Acme"]],
    ["no email", ["--name", "Ada", "--operator"]],
    ["a bad email", ["--email", "ada", "--name", "Ada", "--operator"]],
  ])("refuses %s and shows the usage", (_label, argv) => {
    expect(() => parseCreateUserArgs(argv)).toThrow(/Usage:/);
  });
});
