import { describe, expect, it } from "vitest";
import { readCompetencyDraft } from "./read-competency-draft";

describe("readCompetencyDraft", () => {
  it("turns typed words into a key, built-in or the recruiter's own", () => {
    expect(readCompetencyDraft(" System Design ")).toEqual({ key: "system-design" });
    expect(readCompetencyDraft("Incident response")).toEqual({ key: "incident-response" });
    expect(readCompetencyDraft("   ")).toBeNull();
  });

  it("refuses a misspelt built-in with the server's message, naming the built-in", () => {
    const read = readCompetencyDraft("comunication");
    expect(read).toEqual({ error: expect.stringContaining('"communication"') });
  });
});
