import { memberSeesPosition } from "@/lib/auth/require-interview-access";
import { requireMember } from "@/lib/auth/require-user";
import { addHumanOverallScores } from "@/lib/compliance/scorecard/human-overall-scores";
import { listHumanScoredInterviews } from "@/lib/db/human-scorecard";
import { listPositionCandidates } from "@/lib/db/position-candidates";
import { getPosition } from "@/lib/db/positions";
import { notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { readSearchParams } from "@/lib/http/read-search-params";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { listCandidatesQuerySchema } from "./schema";

// GET /api/positions/{id}/candidates?sort=score|completed – evaluated candidates of a position
// with overall and per-competency scores: what the compare page shows. Without `sort`, only model
// or human scores rank; offline-scored candidates follow by completion time. Candidates who asked
// that no AI score them come apart, with their human scorecard's overall (null until complete)
export const GET = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "interview:read");
  const id = uuidParam(params, { name: "id", entity: "Position" });
  const query = listCandidatesQuerySchema.parse(readSearchParams(req));
  const position = await getPosition({ id, companyId: member.companyId });
  if (!position || !memberSeesPosition(member, position.id)) throw notFound("Position");
  const [candidates, humanScored] = await Promise.all([
    listPositionCandidates({
      companyId: member.companyId,
      positionId: id,
      order: query.sort ?? "trusted",
    }),
    listHumanScoredInterviews({ companyId: member.companyId, positionId: id }).then(
      addHumanOverallScores,
    ),
  ]);
  return Response.json({
    position: { id: position.id, title: position.title, competencies: position.competencies },
    sort: query.sort ?? null,
    candidates,
    humanScorecardCandidates: humanScored.map((row) => ({
      interviewId: row.id,
      candidateName: row.candidateName,
      evaluatedAt: row.evaluatedAt,
      humanOverallScore: row.humanOverallScore,
    })),
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
