import { type WorkspaceRole, workspaceRoles } from "@/db/schema";
import { workspaceRoleLabels } from "@/lib/auth/workspace-role-labels";

export type RoleOption = { value: WorkspaceRole; label: string };

/** The roles the caller may hand out: only an owner may make someone an owner. */
export function listAssignableRoles(options: { canAssignOwner: boolean }): RoleOption[] {
  return workspaceRoles
    .filter((role) => options.canAssignOwner || role !== "owner")
    .map((role) => ({ value: role, label: workspaceRoleLabels[role] }));
}
