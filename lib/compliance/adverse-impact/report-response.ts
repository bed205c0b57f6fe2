import "server-only";
import { renderAdverseImpactCsv } from "./impact-csv";
import type { AdverseImpactReport } from "./report-view";

/** True when the caller asks for the auditor's CSV (`Accept: text/csv` or `format=csv`). */
function isCsvRequested(req: Request, format: "json" | "csv" | undefined): boolean {
  if (format) return format === "csv";
  return (req.headers.get("accept") ?? "").toLowerCase().includes("text/csv");
}

/**
 * The report as JSON, or as the CSV download. Aggregates of self-identification are still about
 * people: no cache keeps a copy.
 */
export function respondWithAdverseImpactReport(
  req: Request,
  report: AdverseImpactReport,
  format: "json" | "csv" | undefined,
): Response {
  if (!isCsvRequested(req, format)) {
    return Response.json(report, { headers: { "Cache-Control": "no-store" } });
  }
  const scope = report.position ? `position-${report.position.id}` : "workspace";
  return new Response(renderAdverseImpactCsv(report), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="adverse-impact-${scope}-${report.from}-${report.to}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
