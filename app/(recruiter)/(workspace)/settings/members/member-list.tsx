"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { authClient } from "../../../_components/auth-client";
import { callAuth } from "../../../_components/call-auth";
import { FormMessage } from "../../../_components/form-message";
import { inputClass, secondaryButtonClass } from "../../../_components/page-header";
import { useSendAction } from "../../../_components/use-send-action";
import { settingsDateFormat } from "../settings-date-format";
import type { RoleOption } from "./role-options";

type WorkspaceRole = RoleOption["value"];

export type MemberRow = {
  id: string;
  name: string;
  email: string;
  role: WorkspaceRole;
  joinedAt: string;
  isYou: boolean;
};

/** The workspace's members: change a role, or remove someone (never yourself: that is leaving). */
export function MemberList(props: {
  members: MemberRow[];
  roleOptions: RoleOption[];
  roleLabels: Record<WorkspaceRole, string>;
  canManageOwners: boolean;
}) {
  return (
    <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {props.members.map((member) => (
        <MemberItem
          key={member.id}
          member={member}
          roleOptions={props.roleOptions}
          roleLabels={props.roleLabels}
          // better-auth lets only an owner change or remove an owner.
          isManageable={member.role !== "owner" || props.canManageOwners}
        />
      ))}
    </ul>
  );
}

function MemberItem(props: {
  member: MemberRow;
  roleOptions: RoleOption[];
  roleLabels: Record<WorkspaceRole, string>;
  isManageable: boolean;
}) {
  const { member } = props;
  const router = useRouter();
  const [role, setRole] = useState(member.role);
  const { isPending, message, run } = useSendAction();
  const selectId = `role-${member.id}`;

  async function changeRole() {
    const result = await run(
      () => callAuth(() => authClient.organization.updateMemberRole({ memberId: member.id, role })),
      () => `${member.name} is now ${props.roleLabels[role]}.`,
    );
    if (result.ok) router.refresh();
  }

  async function remove() {
    if (
      !window.confirm(`Remove ${member.name} from this workspace? Their API tokens stop working.`)
    ) {
      return;
    }
    const result = await run(() =>
      callAuth(() => authClient.organization.removeMember({ memberIdOrEmail: member.id })),
    );
    if (result.ok) router.refresh();
  }

  return (
    <li className="flex flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
      <div className="min-w-0 flex-1 basis-56">
        <p className="font-medium">
          {member.name}
          {member.isYou ? <span className="font-normal text-slate-600"> (you)</span> : null}
        </p>
        <p className="break-all text-sm text-slate-600">{member.email}</p>
        <p className="text-sm text-slate-600">
          Joined {settingsDateFormat.format(new Date(member.joinedAt))}
        </p>
      </div>
      {props.isManageable ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            void changeRole();
          }}
        >
          <div>
            <label htmlFor={selectId} className="block text-sm font-medium">
              Role of {member.name}
            </label>
            <select
              id={selectId}
              value={role}
              onChange={(event) => setRole(event.target.value as WorkspaceRole)}
              className={inputClass}
            >
              {props.roleOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className={secondaryButtonClass}
            disabled={isPending || role === member.role}
            aria-label={`Save role of ${member.name}`}
          >
            Save role
          </button>
          {member.isYou ? null : (
            <button
              type="button"
              className={`${secondaryButtonClass} text-red-800`}
              disabled={isPending}
              onClick={() => void remove()}
              aria-label={`Remove ${member.name}`}
            >
              Remove
            </button>
          )}
        </form>
      ) : (
        <p className="text-sm">
          <span className="text-slate-600">Role: </span>
          {props.roleLabels[member.role]}
        </p>
      )}
      {message ? (
        <div className="basis-full">
          <FormMessage message={message} />
        </div>
      ) : null}
    </li>
  );
}
