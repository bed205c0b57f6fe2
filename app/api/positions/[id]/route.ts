import { dispatch } from "@/inngest/dispatch";
import { scoringReplayRequested } from "@/inngest/events";
import { memberSeesPosition } from "@/lib/auth/require-interview-access";
import { requireMember } from "@/lib/auth/require-user";
import { toScoringReplayView } from "@/lib/compliance/replay/replay-view";
import { deletePosition, getPosition, updatePosition } from "@/lib/db/positions";
import { notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { applyPositionRubrics } from "@/lib/rubrics/apply-position-rubrics";
import { toPositionResponse } from "../position-response";
import { updatePositionSchema } from "./schema";

const entity = "Position";

// GET /api/positions/{id} – one of the recruiter's company's positions
export const GET = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "position:read");
  const id = uuidParam(params, { name: "id", entity });
  const position = await getPosition({ id, companyId: member.companyId });
  if (!position || !memberSeesPosition(member, position.id)) throw notFound(entity);
  return Response.json(await toPositionResponse(position));
});

// PATCH /api/positions/{id} – edit title, description, competencies, language, rubrics or pacing;
// a rubric change on a position with evaluated interviews is replayed first (202) and waits
export const PATCH = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "position:write");
  const id = uuidParam(params, { name: "id", entity });
  const { rubrics, ...changes } = updatePositionSchema.parse(await parseJson(req));
  const current = await getPosition({ id, companyId: member.companyId });
  if (!current) throw notFound(entity);
  // New scores use the edited rubric under a new version; stored scores keep theirs. A rubric
  // edit may be held for a replay; what decides that (the scorer) loads only for such an edit.
  const plan = rubrics
    ? await (await import("@/lib/compliance/replay/plan-rubric-edit")).planRubricEdit({
        current,
        changes,
        sent: rubrics,
        requestedByUserId: member.userId,
      })
    : {
        rubrics: applyPositionRubrics({
          competencies: changes.competencies ?? current.competencies,
          language: changes.language ?? current.language,
          existing: current.rubrics,
        }),
        replay: null,
      };
  const position = await updatePosition({
    id,
    companyId: member.companyId,
    changes: { ...changes, rubrics: plan.rubrics },
  });
  if (!position) throw notFound(entity);
  const { replay } = plan;
  if (!replay) return Response.json(await toPositionResponse(position));
  await dispatch(scoringReplayRequested, { replayId: replay.id });
  return Response.json(
    {
      position: await toPositionResponse(position),
      replay: toScoringReplayView(replay, member),
      applied: Object.keys(changes),
      held: ["rubrics"],
    },
    { status: 202 },
  );
});

// DELETE /api/positions/{id} – remove a position that no interview uses yet
export const DELETE = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "position:write");
  const id = uuidParam(params, { name: "id", entity });
  if (!(await deletePosition({ id, companyId: member.companyId }))) throw notFound(entity);
  return new Response(null, { status: 204 });
});

export const { POST, PUT, OPTIONS } = methodsNotServed({ GET, PATCH, DELETE });
