import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements, ownerAc } from "better-auth/plugins/organization/access";
import type { WorkspaceRole } from "@/db/schema";

/**
 * What a workspace role may do. better-auth's own statements (organization, member, invitation…)
 * gate its endpoints (invite, remove, change role); ours gate the app's routes. Each route declares
 * the one permission it needs (`allow: ["interview:read"]`); this table is the only place that says
 * which role holds it.
 */
const statements = {
  ...defaultStatements,
  workspace: ["manage"],
  members: ["manage"],
  position: ["read", "write"],
  interview: ["read", "write"],
  review: ["write"],
  decision: ["write"],
  "candidate-data": ["manage"],
  // Aggregates of candidates' voluntary self-identification (sex, race/ethnicity).
  "adverse-impact": ["read"],
} as const;

export const workspaceAccessControl = createAccessControl(statements);

const everything = {
  workspace: ["manage"],
  members: ["manage"],
  position: ["read", "write"],
  interview: ["read", "write"],
  review: ["write"],
  decision: ["write"],
  "candidate-data": ["manage"],
  "adverse-impact": ["read"],
} as const;

export const workspaceRoleDefinitions = {
  owner: workspaceAccessControl.newRole({ ...ownerAc.statements, ...everything }),
  admin: workspaceAccessControl.newRole({ ...adminAc.statements, ...everything }),
  recruiter: workspaceAccessControl.newRole({
    position: ["read", "write"],
    interview: ["read", "write"],
    review: ["write"],
    decision: ["write"],
  }),
  // Evaluators hold these only on the positions they are assigned to (requireInterviewAccess).
  evaluator: workspaceAccessControl.newRole({
    position: ["read"],
    interview: ["read"],
    review: ["write"],
  }),
} satisfies Record<WorkspaceRole, unknown>;

type AppStatements = Omit<typeof statements, keyof typeof defaultStatements>;
export type Permission = {
  [Resource in keyof AppStatements]: `${Resource}:${AppStatements[Resource][number]}`;
}[keyof AppStatements];

export function roleCan(role: WorkspaceRole, permission: Permission): boolean {
  const [resource, action] = permission.split(":") as [keyof AppStatements, string];
  return workspaceRoleDefinitions[role].authorize({ [resource]: [action] } as never).success;
}

/** Roles whose access is limited to the positions they are assigned to. */
export const isScopedToAssignedPositions = (role: WorkspaceRole) => role === "evaluator";
