import { requireMember } from "@/lib/auth/require-user";
import { toScoringReplayView } from "@/lib/compliance/replay/replay-view";
import { getScoringReplay, transitionScoringReplay } from "@/lib/db/scoring-replays";
import { DomainError } from "@/lib/domain-error";
import { notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";

const entity = "Scoring replay";

// POST /api/positions/{id}/scoring-replays/{replayId}/discard – drop a running or ready replay
export const POST = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "position:write");
  const positionId = uuidParam(params, { name: "id", entity });
  const id = uuidParam(params, { name: "replayId", entity });
  const replay = await getScoringReplay({ id, positionId, companyId: member.companyId });
  if (!replay) throw notFound(entity);
  const discarded = await transitionScoringReplay({
    id,
    from: ["running", "ready"],
    to: "discarded",
    changes: { finishedAt: replay.finishedAt ?? new Date() },
  });
  if (!discarded) {
    throw new DomainError({
      kind: "conflict",
      message: `The replay is ${replay.status}; only a running or ready replay can be discarded.`,
    });
  }
  return Response.json({ replay: toScoringReplayView(discarded, member) });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
