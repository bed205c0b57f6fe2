import type { Metadata } from "next";
import { Panel } from "@/app/_components/panel";
import { requirePageMember } from "@/lib/auth/require-page-user";
import { noticeTitles } from "@/lib/compliance/notice/default-notice";
import { maxNoticeBodyChars } from "@/lib/compliance/notice/schemas";
import { getWorkspaceNotices } from "@/lib/compliance/notice/workspace-notices";
import { supportedLanguages } from "@/lib/i18n/languages";
import { PageHeader } from "../../../_components/page-header";
import { settingsDateTimeFormat } from "../settings-date-format";
import { NoticeTextForm } from "./notice-text-form";

export const metadata: Metadata = { title: "AI notice" };

export default async function AiNoticeSettingsPage() {
  const member = await requirePageMember("workspace:manage");
  const { current, versions } = await getWorkspaceNotices({ companyId: member.companyId });
  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="AI notice"
        description="What every candidate reads before consent: that an AI asks and scores, what it assesses, who decides, how long data is kept, whom to contact, and that they may ask for a person to score them or for an accommodation."
      />
      {current.map((notice) => (
        <Panel
          key={notice.language}
          heading={`${supportedLanguages[notice.language].name} (${noticeTitles[notice.language]})`}
          tone="plain"
          className="mt-8"
        >
          <p className="mt-1 mb-3 text-sm text-slate-600">
            {notice.isBuiltIn ? "The built-in text is in use." : "Your workspace's text is in use."}{" "}
            {
              "{{company}}, {{competencies}} and {{retentionDays}} are filled in for each interview. Up to "
            }
            {maxNoticeBodyChars.toLocaleString("en")} characters; a blank line starts a paragraph.
            Interviews not yet started show a new text at once; a started interview keeps the
            version it recorded.
          </p>
          <NoticeTextForm language={notice.language} current={notice.body} />
        </Panel>
      ))}
      <Panel heading="Versions" tone="plain" className="mt-8">
        {versions.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">
            None yet: a version is stored when a candidate is first shown a text or you save one.
          </p>
        ) : (
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr className="text-slate-600">
                <th className="py-1 pr-4 font-medium">Saved</th>
                <th className="py-1 pr-4 font-medium">Language</th>
                <th className="py-1 pr-4 font-medium">By</th>
                <th className="py-1 font-medium">sha256</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version) => (
                <tr key={version.id} className="border-t border-slate-200">
                  <td className="py-1 pr-4">
                    {settingsDateTimeFormat.format(new Date(version.createdAt))} UTC
                  </td>
                  <td className="py-1 pr-4">{version.language}</td>
                  <td className="py-1 pr-4">
                    {version.isBuiltIn ? "Built-in" : (version.createdByName ?? "A former member")}
                  </td>
                  <td className="py-1 font-mono text-xs">{version.hash.slice(0, 16)}…</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
    </>
  );
}
