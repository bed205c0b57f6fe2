import Link from "next/link";
import { Panel } from "@/app/_components/panel";
import type { MemberPrincipal } from "@/lib/auth/require-user";
import { roleCan } from "@/lib/auth/workspace-access";
import { listPositionAssignees } from "@/lib/db/position-assignments";
import { listWorkspaceMembers } from "@/lib/db/workspace-members";
import { linkClass } from "../../../_components/page-header";
import { PositionEvaluatorsForm } from "./position-evaluators-form";

/** The position's evaluators, for those who edit positions: evaluators see only what they are given. */
export async function PositionEvaluators(props: { member: MemberPrincipal; positionId: string }) {
  const { member, positionId } = props;
  if (!roleCan(member.role, "position:write")) return null;
  const [workspaceMembers, assignedUserIds] = await Promise.all([
    listWorkspaceMembers({ companyId: member.companyId }),
    listPositionAssignees({ positionId, companyId: member.companyId }),
  ]);
  const evaluators = workspaceMembers.filter((row) => row.role === "evaluator");
  return (
    <Panel heading="Evaluators" tone="plain" className="mt-10 max-w-4xl">
      <p className="mt-1 mb-3 text-sm text-slate-700">
        Evaluators read the reports and review the interviews of the positions they are assigned to,
        and nothing else. Owners, admins and recruiters see every position.
      </p>
      {evaluators.length === 0 ? (
        <p className="text-sm text-slate-700">
          No one in this workspace has the evaluator role.
          {roleCan(member.role, "members:manage") ? (
            <>
              {" "}
              <Link href="/settings/members" className={linkClass}>
                Invite an evaluator
              </Link>
              .
            </>
          ) : null}
        </p>
      ) : (
        <PositionEvaluatorsForm
          positionId={positionId}
          evaluators={evaluators.map((row) => ({
            userId: row.userId,
            name: row.name,
            email: row.email,
          }))}
          // A former evaluator's assignment counts for nothing, and the API refuses to keep it.
          assignedUserIds={assignedUserIds.filter((userId) =>
            evaluators.some((row) => row.userId === userId),
          )}
        />
      )}
    </Panel>
  );
}
