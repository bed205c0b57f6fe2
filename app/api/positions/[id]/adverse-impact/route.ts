import { requireMember } from "@/lib/auth/require-user";
import { buildAdverseImpactReport } from "@/lib/compliance/adverse-impact/build-adverse-impact-report";
import { respondWithAdverseImpactReport } from "@/lib/compliance/adverse-impact/report-response";
import { adverseImpactQuerySchema } from "@/lib/compliance/adverse-impact/schemas";
import { getPosition } from "@/lib/db/positions";
import { notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { readSearchParams } from "@/lib/http/read-search-params";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";

// GET /api/positions/{id}/adverse-impact?from=&to=&threshold= – the adverse-impact report of one
// position (JSON, or the auditor's CSV with Accept: text/csv)
export const GET = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "adverse-impact:read");
  const id = uuidParam(params, { name: "id", entity: "Position" });
  const query = adverseImpactQuerySchema.parse(readSearchParams(req));
  const position = await getPosition({ id, companyId: member.companyId });
  if (!position) throw notFound("Position");
  const report = await buildAdverseImpactReport({
    companyId: member.companyId,
    position: { id: position.id, title: position.title },
    query,
  });
  return respondWithAdverseImpactReport(req, report, query.format);
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
