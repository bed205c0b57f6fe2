import { formatExpiry } from "./format-expiry";
import type { InvitationLookup } from "./invitation-schema";

/** Who invited whom, to which workspace and role, until when. */
export function InvitationDetails(props: {
  invitation: InvitationLookup["invitation"];
  roleLabel: string;
}) {
  const rows: [string, string][] = [
    ["Workspace", props.invitation.workspaceName],
    ["Invited by", props.invitation.inviterName ?? "A workspace admin"],
    ["For", props.invitation.email],
    ["Role", props.roleLabel],
    ["Expires", formatExpiry(props.invitation.expiresAt)],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-slate-600">{term}</dt>
          <dd className="font-medium break-all">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
