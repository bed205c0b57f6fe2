import type { Metadata } from "next";
import { Panel } from "@/app/_components/panel";
import { requirePageMember } from "@/lib/auth/require-page-user";
import { workspaceRoleLabels } from "@/lib/auth/workspace-role-labels";
import { listPendingInvitations, listWorkspaceMembers } from "@/lib/db/workspace-members";
import { PageHeader } from "../../../_components/page-header";
import { InviteMemberForm } from "./invite-member-form";
import { MemberList } from "./member-list";
import { PendingInvitationList } from "./pending-invitation-list";
import { listAssignableRoles } from "./role-options";

export const metadata: Metadata = { title: "Members" };

export default async function MembersSettingsPage() {
  const member = await requirePageMember("members:manage");
  const [workspaceMembers, invitations] = await Promise.all([
    listWorkspaceMembers({ companyId: member.companyId }),
    listPendingInvitations({ companyId: member.companyId }),
  ]);
  // better-auth refuses admins any change that makes or touches an owner; the page offers none.
  const isOwner = member.role === "owner";
  const now = Date.now();
  const roleOptions = listAssignableRoles({ canAssignOwner: isOwner });
  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Members"
        description="Who works in this workspace and what their role lets them do. Changes apply on each person's next request."
      />
      <Panel heading="Invite a teammate" tone="plain" className="mt-8">
        <InviteMemberForm roleOptions={roleOptions} />
      </Panel>
      <Panel heading={`Pending invitations (${invitations.length})`} tone="plain" className="mt-8">
        <PendingInvitationList
          invitations={invitations.map((invitation) => ({
            id: invitation.id,
            email: invitation.email,
            role: invitation.role ?? "evaluator",
            expiresAt: invitation.expiresAt.toISOString(),
            isExpired: invitation.expiresAt.getTime() <= now,
          }))}
          roleLabels={workspaceRoleLabels}
        />
      </Panel>
      <Panel heading={`Members (${workspaceMembers.length})`} tone="plain" className="mt-8">
        <MemberList
          members={workspaceMembers.map((row) => ({
            id: row.id,
            name: row.name,
            email: row.email,
            role: row.role,
            joinedAt: row.joinedAt.toISOString(),
            isYou: row.userId === member.userId,
          }))}
          roleOptions={roleOptions}
          roleLabels={workspaceRoleLabels}
          canManageOwners={isOwner}
        />
      </Panel>
    </>
  );
}
