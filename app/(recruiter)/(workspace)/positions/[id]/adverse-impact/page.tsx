import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requirePageMember } from "@/lib/auth/require-page-user";
import { buildAdverseImpactReport } from "@/lib/compliance/adverse-impact/build-adverse-impact-report";
import { getPosition } from "@/lib/db/positions";
import { linkClass, PageHeader } from "../../../../_components/page-header";
import { ImpactReport } from "../../../adverse-impact/impact-report";
import { buildCsvHref, readReportQuery } from "../../../adverse-impact/read-report-query";

export const metadata: Metadata = { title: "Adverse impact" };

/** The adverse-impact report of one position. */
export default async function PositionAdverseImpactPage(props: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const member = await requirePageMember("adverse-impact:read");
  const id = z.uuid().safeParse((await props.params).id);
  if (!id.success) notFound();
  const position = await getPosition({ id: id.data.toLowerCase(), companyId: member.companyId });
  if (!position) notFound();
  const { query, rangeError } = readReportQuery(await props.searchParams);
  const report = await buildAdverseImpactReport({
    companyId: member.companyId,
    position: { id: position.id, title: position.title },
    query,
  });
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href={`/positions/${position.id}`} className={linkClass}>
            ← {position.title}
          </Link>
        }
        title="Adverse impact"
        description={`How often candidates for ${position.title} of each sex and race/ethnicity were advanced or scored above the threshold, from their voluntary self-identification. Reviewers never see those answers; only these totals use them.`}
      />
      <ImpactReport
        report={report}
        action={`/positions/${position.id}/adverse-impact`}
        csvHref={buildCsvHref(`/api/positions/${position.id}/adverse-impact`, query)}
        rangeError={rangeError}
      />
    </>
  );
}
