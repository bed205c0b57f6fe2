import { requireMember } from "@/lib/auth/require-user";
import { applyScoringReplay } from "@/lib/compliance/replay/apply-scoring-replay";
import { toScoringReplayView } from "@/lib/compliance/replay/replay-view";
import { notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";

const entity = "Scoring replay";

// POST /api/positions/{id}/scoring-replays/{replayId}/apply – confirm: the replayed rubrics apply
export const POST = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "position:write");
  const positionId = uuidParam(params, { name: "id", entity });
  const replayId = uuidParam(params, { name: "replayId", entity });
  const replay = await applyScoringReplay({
    replayId,
    positionId,
    companyId: member.companyId,
    userId: member.userId,
  });
  if (!replay) throw notFound(entity);
  return Response.json({ replay: toScoringReplayView(replay, member) });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
