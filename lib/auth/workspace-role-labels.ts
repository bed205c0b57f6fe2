import type { WorkspaceRole } from "@/db/schema";

export const workspaceRoleLabels: Record<WorkspaceRole, string> = {
  owner: "Owner",
  admin: "Admin",
  recruiter: "Recruiter",
  evaluator: "Evaluator",
};
