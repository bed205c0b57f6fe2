import "server-only";
import { invalidateMembershipCache } from "@/lib/cache/invalidate";
import {
  findMemberRoles,
  listPositionAssignees,
  replacePositionAssignments,
} from "@/lib/db/position-assignments";
import { getPosition } from "@/lib/db/positions";
import { DomainError, notFoundError } from "@/lib/domain-error";

/** The workspace's position or a not-found: another workspace's position is not told apart. */
async function requirePosition(options: { positionId: string; companyId: string }) {
  const position = await getPosition({ id: options.positionId, companyId: options.companyId });
  if (!position) throw notFoundError("Position");
  return position;
}

export async function listPositionEvaluators(options: { positionId: string; companyId: string }) {
  await requirePosition(options);
  return listPositionAssignees(options);
}

/**
 * Sets who evaluates a position. Only the workspace's evaluators can be assigned: the other roles
 * see every position already, and anyone else is not a member. Each member who gained or lost the
 * position has their cached membership dropped, since it carries their assigned positions: their
 * very next request sees the change.
 */
export async function setPositionEvaluators(options: {
  positionId: string;
  companyId: string;
  userIds: readonly string[];
}): Promise<string[]> {
  await requirePosition(options);
  const userIds = [...new Set(options.userIds)];
  const roles = await findMemberRoles({ companyId: options.companyId, userIds });
  const refused = userIds.filter((userId) => roles.get(userId) !== "evaluator");
  if (refused.length > 0) {
    throw new DomainError({
      kind: "invalid_input",
      message: `userIds: only evaluators of this workspace can be assigned; not ${refused.join(", ")}.`,
    });
  }
  const { added, removed } = await replacePositionAssignments({
    positionId: options.positionId,
    userIds,
  });
  await Promise.all(
    [...added, ...removed].map((userId) => invalidateMembershipCache(options.companyId, userId)),
  );
  return listPositionAssignees(options);
}
