import { describe, expect, it } from "vitest";
import { isDomainError } from "@/lib/domain-error";
import { parseCandidatesCsv } from "./parse-candidates-csv";

describe("parseCandidatesCsv", () => {
  it("matches headers whatever their case, spaces or dashes, skips blank lines and other columns", () => {
    const csv =
      '\uFEFFNAME,E-mail,External Candidate ID,time_zone,Stage\r\nAda,ada@example.com,c-1,Europe/London,Onsite\r\n\r\n"Hopper, Grace",g@example.com\r\n';
    expect(parseCandidatesCsv(csv)).toEqual({
      candidates: [
        {
          name: "Ada",
          email: "ada@example.com",
          externalCandidateId: "c-1",
          candidateTimeZone: "Europe/London",
        },
        {
          name: "Hopper, Grace",
          email: "g@example.com",
          externalCandidateId: "",
          candidateTimeZone: "",
        },
      ],
      problems: [],
    });
  });

  it("names a missing required column on row 0 and reads no rows", () => {
    expect(parseCandidatesCsv("name,resume\nAda,Wrote programs\n")).toEqual({
      candidates: [],
      problems: [
        {
          row: 0,
          field: "email",
          code: "missing_column",
          message: 'The CSV has no "email" column (the header line names the columns).',
        },
      ],
    });
  });

  it("refuses an unclosed quote as invalid input and 1,001 rows as too large", () => {
    const refusal = (csv: string) => {
      try {
        parseCandidatesCsv(csv);
      } catch (error) {
        return error;
      }
      return null;
    };
    expect(isDomainError(refusal('name,email\n"Ada,ada@example.com\n'), "invalid_input")).toBe(
      true,
    );
    const tooMany = `name,email\n${"A,a@b.co\n".repeat(1001)}`;
    expect(isDomainError(refusal(tooMany), "too_large")).toBe(true);
  });
});
