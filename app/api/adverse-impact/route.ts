import { requireMember } from "@/lib/auth/require-user";
import { buildAdverseImpactReport } from "@/lib/compliance/adverse-impact/build-adverse-impact-report";
import { respondWithAdverseImpactReport } from "@/lib/compliance/adverse-impact/report-response";
import { adverseImpactQuerySchema } from "@/lib/compliance/adverse-impact/schemas";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { readSearchParams } from "@/lib/http/read-search-params";
import { routeHandler } from "@/lib/http/route-handler";

// GET /api/adverse-impact?from=&to=&threshold= – selection rates and impact ratios by sex,
// race/ethnicity and their intersections over the workspace's interviews (JSON, or the auditor's
// CSV with Accept: text/csv or format=csv)
export const GET = routeHandler(async ({ req }) => {
  const member = await requireMember(req, "adverse-impact:read");
  const query = adverseImpactQuerySchema.parse(readSearchParams(req));
  const report = await buildAdverseImpactReport({
    companyId: member.companyId,
    position: null,
    query,
  });
  return respondWithAdverseImpactReport(req, report, query.format);
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
