import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Panel } from "@/app/_components/panel";
import { requirePageMember } from "@/lib/auth/require-page-user";
import { getCompanyCached } from "@/lib/cache/cached-reads";
import { PageHeader } from "../../../_components/page-header";
import { ExplanationAccessForm } from "./explanation-access-form";
import { NumberSettingForm } from "./number-setting-form";

export const metadata: Metadata = { title: "Compliance settings" };

function LawLine(props: { children: React.ReactNode }) {
  return <p className="mt-1 mb-3 text-sm text-slate-600">{props.children}</p>;
}

export default async function ComplianceSettingsPage() {
  const member = await requirePageMember("workspace:manage");
  const company = await getCompanyCached(member.companyId);
  if (!company) notFound();
  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Compliance"
        description="How long the AI notice comes before use, when candidates see their explanation, how long you have to answer a contest, and how long decision records are kept."
      />
      <Panel heading="Notice before the interview" tone="plain" className="mt-8">
        <LawLine>
          NYC Local Law 144 (6 RCNY §5-304) asks that candidates get the notice at least 10 business
          days before the tool is used. The invitation carries the AI notice; with a lead time set,
          an invitation’s deadline must be at least this many business days after it is sent. 0: no
          lead time.
        </LawLine>
        <NumberSettingForm
          companyId={company.id}
          field="noticeLeadDays"
          label="Business days between invitation and deadline"
          unit="business days"
          min={0}
          max={30}
          current={company.noticeLeadDays}
        />
      </Panel>
      <Panel heading="Explanation of the result" tone="plain" className="mt-8">
        <LawLine>
          EU AI Act Art. 86 gives a person affected by a decision of a high-risk AI system the right
          to a clear explanation; GDPR Art. 15 and 22 the right to meaningful information about it.
        </LawLine>
        <ExplanationAccessForm companyId={company.id} current={company.explanationAccess} />
      </Panel>
      <Panel heading="Answering a contest" tone="plain" className="mt-8">
        <LawLine>
          GDPR Art. 22(3) gives candidates the right to contest a decision and to have a person look
          at it; Colorado SB 24-205 asks for an appeal with human review. Each contest is due this
          many days after it is sent.
        </LawLine>
        <NumberSettingForm
          companyId={company.id}
          field="contestDueDays"
          label="Days to answer a contest"
          unit="days"
          min={1}
          max={90}
          current={company.contestDueDays}
        />
      </Panel>
      <Panel heading="Keeping decision records" tone="plain" className="mt-8">
        <LawLine>
          EU AI Act Art. 26(6) asks deployers to keep the logs of a high-risk system at least six
          months. When a candidate’s data is erased, a record without personal data (ids hashed,
          counts, versions, the decision) is kept this long after the decision.
        </LawLine>
        <NumberSettingForm
          companyId={company.id}
          field="auditRetentionMonths"
          label="Months to keep decision records"
          unit="months"
          min={6}
          max={120}
          current={company.auditRetentionMonths}
        />
      </Panel>
    </>
  );
}
