import { requireMember } from "@/lib/auth/require-user";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { listPositionEvaluators, setPositionEvaluators } from "@/lib/workspaces/assign-evaluators";
import { type PositionAssignmentsInput, positionAssignmentsSchema } from "./schema";

const entity = "Position";

// GET /api/positions/{id}/assignments – the evaluators assigned to one of the workspace's positions
export const GET = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "position:write");
  const positionId = uuidParam(params, { name: "id", entity });
  const userIds = await listPositionEvaluators({ positionId, companyId: member.companyId });
  return Response.json({ userIds } satisfies PositionAssignmentsInput);
});

// PUT /api/positions/{id}/assignments – replace them; each member affected sees it on their next request
export const PUT = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "position:write");
  const positionId = uuidParam(params, { name: "id", entity });
  const input = positionAssignmentsSchema.parse(await parseJson(req));
  const userIds = await setPositionEvaluators({
    positionId,
    companyId: member.companyId,
    userIds: input.userIds,
  });
  return Response.json({ userIds } satisfies PositionAssignmentsInput);
});

export const { POST, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET, PUT });
