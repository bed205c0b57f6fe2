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
  it("gives owners and admins the workspace, compliance, AI notice, members, single sign-on, webhooks and notifications pages before security", () => {
    expect(labelsFor(userWith("owner"))).toEqual([
      "Workspace",
      "Compliance",
      "AI notice",
      "Members",
      "Single sign-on",
      "Webhooks",
      "Notifications",
      "Security",
    ]);
    expect(labelsFor(userWith("admin"))).toEqual([
      "Workspace",
      "Compliance",
      "AI notice",
      "Members",
      "Single sign-on",
      "Webhooks",
      "Notifications",
      "Security",
    ]);
  });

  it("gives recruiters and evaluators their notifications and security pages, people outside a workspace only security", () => {
    expect(labelsFor(userWith("recruiter"))).toEqual(["Notifications", "Security"]);
    expect(labelsFor(userWith("evaluator"))).toEqual(["Notifications", "Security"]);
    expect(labelsFor(userWith(null, "operator"))).toEqual(["Security"]);
  });
});
