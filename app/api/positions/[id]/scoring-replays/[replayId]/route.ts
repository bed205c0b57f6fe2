import { requireMember } from "@/lib/auth/require-user";
import { toScoringReplayView } from "@/lib/compliance/replay/replay-view";
import { getScoringReplay } from "@/lib/db/scoring-replays";
import { notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";

const entity = "Scoring replay";

// GET /api/positions/{id}/scoring-replays/{replayId} – one replay: running, or its shifts
export const GET = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "position:write");
  const positionId = uuidParam(params, { name: "id", entity });
  const id = uuidParam(params, { name: "replayId", entity });
  const replay = await getScoringReplay({ id, positionId, companyId: member.companyId });
  if (!replay) throw notFound(entity);
  return Response.json({ replay: toScoringReplayView(replay, member) });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
