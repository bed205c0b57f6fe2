import "server-only";
import { invalidateCompanyCache, invalidateMembershipCache } from "@/lib/cache/invalidate";
import { revokeMemberApiTokens } from "@/lib/db/api-tokens";
import { removeWorkspaceAssignments } from "@/lib/db/position-assignments";
import { ensureSharedQuestionBank } from "@/lib/db/shared-question-bank";

type MemberEvent = { member: { userId: string; organizationId: string } };

const forget = ({ member }: MemberEvent) =>
  invalidateMembershipCache(member.organizationId, member.userId);

/**
 * better-auth organization hooks: every membership change drops the cached membership, so the
 * member's very next request (session or API token) is judged by the new role; a removal also
 * revokes the member's API tokens for that workspace and drops their position assignments. A rename through better-auth drops the
 * cached workspace, as the app's own PATCH does.
 */
export const workspaceMembershipHooks = {
  // A workspace made through open sign-up can invite candidates at once, as one made at setup can.
  afterCreateOrganization: async () => {
    await ensureSharedQuestionBank();
  },
  afterAddMember: forget,
  afterUpdateMemberRole: forget,
  afterAcceptInvitation: forget,
  afterUpdateOrganization: async ({ organization }: { organization: { id: string } | null }) => {
    if (organization) await invalidateCompanyCache(organization.id);
  },
  afterRemoveMember: async (event: MemberEvent) => {
    await leaveWorkspace({ userId: event.member.userId, companyId: event.member.organizationId });
  },
};

/** What removal and leaving both undo: the member's tokens, assignments and cached membership. */
export async function leaveWorkspace(options: { userId: string; companyId: string }) {
  await revokeMemberApiTokens(options);
  await removeWorkspaceAssignments(options);
  await invalidateMembershipCache(options.companyId, options.userId);
}
