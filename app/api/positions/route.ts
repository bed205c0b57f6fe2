import { visiblePositionIds } from "@/lib/auth/require-interview-access";
import { requireMember } from "@/lib/auth/require-user";
import { createPosition, listPositions } from "@/lib/db/positions";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { readSearchParams } from "@/lib/http/read-search-params";
import { routeHandler } from "@/lib/http/route-handler";
import { applyPositionRubrics } from "@/lib/rubrics/apply-position-rubrics";
import { toPositionResponse } from "./position-response";
import { createPositionSchema, listPositionsQuerySchema } from "./schema";

// GET /api/positions?externalJobId= – the recruiter's company's positions, newest first
export const GET = routeHandler(async ({ req }) => {
  const member = await requireMember(req, "position:read");
  const query = listPositionsQuerySchema.parse(readSearchParams(req));
  return Response.json({
    positions: await listPositions({
      companyId: member.companyId,
      positionIds: visiblePositionIds(member),
      externalJobId: query.externalJobId,
    }),
  });
});

// POST /api/positions – a recruiter opens a position in their company
export const POST = routeHandler(async ({ req }) => {
  const member = await requireMember(req, "position:write");
  const { rubrics, ...input } = createPositionSchema.parse(await parseJson(req));
  const position = await createPosition({
    ...input,
    rubrics: applyPositionRubrics({ ...input, sent: rubrics }),
    companyId: member.companyId,
  });
  return Response.json(await toPositionResponse(position), { status: 201 });
});

export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET, POST });
