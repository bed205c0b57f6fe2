import { describe, expect, it } from "vitest";
import { checkBatchRows } from "./check-batch-rows";

describe("checkBatchRows", () => {
  it("names each bad field of a row once, rows counted from 1", () => {
    const { ready, problems } = checkBatchRows([
      { name: "Ada", email: "ada@example.com" },
      { name: "  ", email: "nope", candidateTimeZone: "Mars/Olympus" },
      { name: "Bob", email: "bob@example.com", externalCandidateId: "x".repeat(201) },
    ]);
    expect(ready.map((row) => row.row)).toEqual([1]);
    expect(problems.map(({ row, field, code }) => ({ row, field, code }))).toEqual([
      { row: 2, field: "name", code: "required" },
      { row: 2, field: "email", code: "invalid_email" },
      { row: 2, field: "candidateTimeZone", code: "invalid_time_zone" },
      { row: 3, field: "externalCandidateId", code: "too_long" },
    ]);
  });

  it("keeps the first row of an address and lists later ones, whatever their case", () => {
    const { ready, problems } = checkBatchRows([
      { name: "Ada", email: "Ada@Example.com" },
      { name: "Ada again", email: "ada@example.com" },
    ]);
    expect(ready).toHaveLength(1);
    expect(problems).toEqual([
      {
        row: 2,
        field: "email",
        code: "duplicate_in_batch",
        message: "ada@example.com is already on row 1.",
      },
    ]);
  });

  it("turns blank optional cells into nulls and trims what is there", () => {
    const { ready } = checkBatchRows([
      {
        name: " Ada ",
        email: "ada@example.com",
        resumeText: "",
        externalCandidateId: " c-1 ",
        externalApplicationId: "",
        candidateTimeZone: "",
      },
    ]);
    expect(ready).toEqual([
      {
        row: 1,
        candidateName: "Ada",
        candidateEmail: "ada@example.com",
        resumeText: null,
        externalCandidateId: "c-1",
        externalApplicationId: null,
        candidateTimeZone: null,
      },
    ]);
  });
});
