import { describe, expect, it } from "vitest";
import { toWorkspaceSlug } from "./workspace-slug";

const fixed = () => "abc123";

describe("toWorkspaceSlug", () => {
  it("keeps the name's latin letters and digits, joined by hyphens", () => {
    expect(toWorkspaceSlug("  Acme Hiring & Co. 2027 ", fixed)).toBe("acme-hiring-co-2027-abc123");
  });

  it("drops accents rather than the letters that carry them", () => {
    expect(toWorkspaceSlug("Café Zürich", fixed)).toBe("cafe-zurich-abc123");
  });

  it("names a workspace without latin letters 'workspace'", () => {
    expect(toWorkspaceSlug("채용팀", fixed)).toBe("workspace-abc123");
  });

  it("cuts a long name to 40 characters without a trailing hyphen", () => {
    const slug = toWorkspaceSlug(`${"a".repeat(39)} b`, fixed);
    expect(slug).toBe(`${"a".repeat(39)}-abc123`);
  });

  it("gives two workspaces of the same name different slugs", () => {
    expect(toWorkspaceSlug("Acme")).not.toBe(toWorkspaceSlug("Acme"));
  });
});
