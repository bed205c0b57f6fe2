import "server-only";
import type { Company, Interview, Position } from "@/db/schema";
import { getCompanyCached, getPositionCached } from "@/lib/cache/cached-reads";
import { getCompetencyLabel, toCompetencyLanguage } from "@/lib/competencies/registry";
import { ensureNoticeVersion, getAuthoredNoticeVersion } from "@/lib/db/ai-notices";
import { notFoundError } from "@/lib/domain-error";
import { env } from "@/lib/env.mjs";
import type { SupportedLanguage } from "@/lib/i18n/languages";
import { defaultNoticeBodies, noticeTitles } from "./default-notice";
import { type RenderedNotice, renderNotice, toStoredNoticeBody } from "./render-notice";
import type { InterviewNoticeView } from "./schemas";

export type PositionNotice = RenderedNotice & {
  versionId: string;
  language: SupportedLanguage;
  title: string;
  competencies: string[];
};

/**
 * The notice a candidate of this position reads: the workspace's text for the position's language
 * (or the built-in one, whose row is added the first time it is used, so every interview can name
 * a row) with the company, the position's competencies and the retention filled in.
 */
export async function getPositionNotice(options: {
  company: Pick<Company, "id" | "name">;
  position: Pick<Position, "language" | "competencies">;
}): Promise<PositionNotice> {
  const language = toCompetencyLanguage(options.position.language);
  const authored = await getAuthoredNoticeVersion({ companyId: options.company.id, language });
  const version =
    authored ??
    (await ensureNoticeVersion({
      companyId: options.company.id,
      language,
      ...toStoredNoticeBody(defaultNoticeBodies[language]),
    }));
  const competencies = options.position.competencies.map((competency) =>
    getCompetencyLabel({ competency, language }),
  );
  const rendered = renderNotice({
    body: version.body,
    values: {
      company: options.company.name,
      competencies: competencies.join(", "),
      retentionDays: String(env.DATA_RETENTION_DAYS),
    },
  });
  return {
    ...rendered,
    versionId: version.id,
    language,
    title: noticeTitles[language],
    competencies,
  };
}

/** The notice of an interview's position as its candidate reads it now. */
export async function getInterviewNotice(options: {
  interview: Interview;
}): Promise<PositionNotice> {
  const { interview } = options;
  const [company, position] = await Promise.all([
    getCompanyCached(interview.companyId),
    getPositionCached(interview.positionId),
  ]);
  if (!company || !position) throw notFoundError("Interview");
  return getPositionNotice({ company, position });
}

export function toInterviewNoticeView(
  notice: PositionNotice,
  interview: Pick<Interview, "noticeSeenAt">,
): InterviewNoticeView {
  return {
    versionId: notice.versionId,
    hash: notice.hash,
    language: notice.language,
    title: notice.title,
    paragraphs: notice.paragraphs,
    text: notice.text,
    competencies: notice.competencies,
    seenAt: interview.noticeSeenAt?.toISOString() ?? null,
  };
}
