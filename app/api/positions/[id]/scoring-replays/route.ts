import { dispatch } from "@/inngest/dispatch";
import { scoringReplayRequested } from "@/inngest/events";
import { requireMember } from "@/lib/auth/require-user";
import { toScoringReplayView } from "@/lib/compliance/replay/replay-view";
import { startScoringReplay } from "@/lib/compliance/replay/start-scoring-replay";
import { getPosition } from "@/lib/db/positions";
import { listScoringReplays } from "@/lib/db/scoring-replays";
import { notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { applyPositionRubrics } from "@/lib/rubrics/apply-position-rubrics";
import { startScoringReplaySchema } from "./schema";

const entity = "Position";

// GET /api/positions/{id}/scoring-replays – the position's scoring replays, newest first
export const GET = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "position:write");
  const positionId = uuidParam(params, { name: "id", entity });
  const position = await getPosition({ id: positionId, companyId: member.companyId });
  if (!position) throw notFound(entity);
  const replays = await listScoringReplays({ positionId, companyId: member.companyId });
  return Response.json({ replays: replays.map((replay) => toScoringReplayView(replay, member)) });
});

// POST /api/positions/{id}/scoring-replays – replay proposed rubrics or a chat model before it applies
export const POST = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "position:write");
  const positionId = uuidParam(params, { name: "id", entity });
  const input = startScoringReplaySchema.parse(await parseJson(req));
  const position = await getPosition({ id: positionId, companyId: member.companyId });
  if (!position) throw notFound(entity);
  const rubrics =
    input.rubrics &&
    applyPositionRubrics({ ...position, sent: input.rubrics, existing: position.rubrics });
  const replay = await startScoringReplay({
    position,
    change: { rubrics, model: input.model },
    requestedByUserId: member.userId,
  });
  await dispatch(scoringReplayRequested, { replayId: replay.id });
  return Response.json({ replay: toScoringReplayView(replay, member) }, { status: 202 });
});

export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET, POST });
