import { describe, expect, it } from "vitest";
import type { WorkspaceRole } from "@/db/schema";
import { listSettingsSections } from "./settings-sections";

function userWith(role: WorkspaceRole | null, platformRole: "member" | "operator" = "member") {
  return {
    kind: "user" as const,
    userId: "user-1",
    platformRole,
    via: "session" as const,
    workspace: role ? { companyId: "company-1", role, assignedPositionIds: [] } : null,
  };
}

const labelsFor = (user: ReturnType<typeof userWith>) =>
  listSettingsSections(user).map((section) => section.label);

describe("listSettingsSections", () => {
  it("gives owners and admins the workspace, members, single sign-on and webhooks pages before security", () => {
    expect(labelsFor(userWith("owner"))).toEqual([
      "Workspace",
      "Members",
      "Single sign-on",
      "Webhooks",
      "Security",
    ]);
    expect(labelsFor(userWith("admin"))).toEqual([
      "Workspace",
      "Members",
      "Single sign-on",
      "Webhooks",
      "Security",
    ]);
  });

  it("gives recruiters, evaluators and people outside a workspace only their security page", () => {
    expect(labelsFor(userWith("recruiter"))).toEqual(["Security"]);
    expect(labelsFor(userWith("evaluator"))).toEqual(["Security"]);
    expect(labelsFor(userWith(null, "operator"))).toEqual(["Security"]);
  });
});
