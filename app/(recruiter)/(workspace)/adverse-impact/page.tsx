import type { Metadata } from "next";
import { requirePageMember } from "@/lib/auth/require-page-user";
import { buildAdverseImpactReport } from "@/lib/compliance/adverse-impact/build-adverse-impact-report";
import { PageHeader } from "../../_components/page-header";
import { ImpactReport } from "./impact-report";
import { buildCsvHref, readReportQuery } from "./read-report-query";

export const metadata: Metadata = { title: "Adverse impact" };

/** Selection rates and impact ratios over every position, from candidates' voluntary answers. */
export default async function AdverseImpactPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const member = await requirePageMember("adverse-impact:read");
  const { query, rangeError } = readReportQuery(await props.searchParams);
  const report = await buildAdverseImpactReport({
    companyId: member.companyId,
    position: null,
    query,
  });
  return (
    <>
      <PageHeader
        title="Adverse impact"
        description="How often candidates of each sex and race/ethnicity were advanced or scored above the threshold, across all positions, from the voluntary self-identification candidates give after their interview. Reviewers never see those answers; only these totals use them."
      />
      <ImpactReport
        report={report}
        action="/adverse-impact"
        csvHref={buildCsvHref("/api/adverse-impact", query)}
        rangeError={rangeError}
      />
    </>
  );
}
