"use client";
import { useRouter } from "next/navigation";
import { authClient } from "../../../_components/auth-client";
import { callAuth } from "../../../_components/call-auth";
import { FormMessage } from "../../../_components/form-message";
import { secondaryButtonClass } from "../../../_components/page-header";
import { useSendAction } from "../../../_components/use-send-action";
import { settingsDateTimeFormat } from "../settings-date-format";
import type { RoleOption } from "./role-options";

type WorkspaceRole = RoleOption["value"];

export type PendingInvitationRow = {
  id: string;
  email: string;
  role: WorkspaceRole;
  expiresAt: string;
  /** Decided by the server's clock, so the browser's render agrees with it. */
  isExpired: boolean;
};

/** Invitations waiting for their invitee: resend (a new link, the old one cancelled) or revoke. */
export function PendingInvitationList(props: {
  invitations: PendingInvitationRow[];
  roleLabels: Record<WorkspaceRole, string>;
}) {
  if (props.invitations.length === 0) {
    return <p className="mt-2 text-sm text-slate-700">No invitations are waiting.</p>;
  }
  return (
    <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {props.invitations.map((invitation) => (
        <InvitationItem key={invitation.id} invitation={invitation} roleLabels={props.roleLabels} />
      ))}
    </ul>
  );
}

function InvitationItem(props: {
  invitation: PendingInvitationRow;
  roleLabels: Record<WorkspaceRole, string>;
}) {
  const { invitation } = props;
  const router = useRouter();
  const { isPending, message, run } = useSendAction();
  const expiresAt = new Date(invitation.expiresAt);

  async function resend() {
    // The workspace cancels the pending invitation on a re-invite, so the old link stops working.
    const result = await run(
      () =>
        callAuth(() =>
          authClient.organization.inviteMember({
            email: invitation.email,
            role: invitation.role,
            resend: true,
          }),
        ),
      () => `Sent again to ${invitation.email}.`,
    );
    if (result.ok) router.refresh();
  }

  async function revoke() {
    if (!window.confirm(`Revoke the invitation to ${invitation.email}? Its link stops working.`)) {
      return;
    }
    const result = await run(() =>
      callAuth(() => authClient.organization.cancelInvitation({ invitationId: invitation.id })),
    );
    if (result.ok) router.refresh();
  }

  return (
    <li className="flex flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
      <div className="min-w-0 flex-1 basis-56">
        <p className="break-all font-medium">{invitation.email}</p>
        <p className="text-sm text-slate-600">
          {props.roleLabels[invitation.role]} ·{" "}
          {invitation.isExpired ? (
            <span className="font-medium text-amber-900">
              Expired {settingsDateTimeFormat.format(expiresAt)} UTC
            </span>
          ) : (
            <>Expires {settingsDateTimeFormat.format(expiresAt)} UTC</>
          )}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={isPending}
          onClick={() => void resend()}
          aria-label={`Resend the invitation to ${invitation.email}`}
        >
          Resend
        </button>
        <button
          type="button"
          className={`${secondaryButtonClass} text-red-800`}
          disabled={isPending}
          onClick={() => void revoke()}
          aria-label={`Revoke the invitation to ${invitation.email}`}
        >
          Revoke
        </button>
      </div>
      {message ? (
        <div className="basis-full">
          <FormMessage message={message} />
        </div>
      ) : null}
    </li>
  );
}
