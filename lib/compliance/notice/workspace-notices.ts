import "server-only";
import {
  getAuthoredNoticeVersion,
  listNoticeVersions,
  saveAuthoredNoticeVersion,
} from "@/lib/db/ai-notices";
import { type SupportedLanguage, supportedLanguages } from "@/lib/i18n/languages";
import { defaultNoticeBodies } from "./default-notice";
import { toStoredNoticeBody } from "./render-notice";
import type { AiNoticesView } from "./schemas";

const languages = Object.keys(supportedLanguages) as SupportedLanguage[];

/** The workspace's current text per language (its own, else the built-in one) and every version. */
export async function getWorkspaceNotices(options: { companyId: string }): Promise<AiNoticesView> {
  const versions = await listNoticeVersions(options);
  const current = await Promise.all(
    languages.map(async (language) => {
      const authored = await getAuthoredNoticeVersion({ ...options, language });
      if (authored) {
        const { body, hash, id } = authored;
        return { language, body, hash, versionId: id, isBuiltIn: false };
      }
      const builtIn = toStoredNoticeBody(defaultNoticeBodies[language]);
      const row = versions.find(
        (version) => version.language === language && version.hash === builtIn.hash,
      );
      return { language, ...builtIn, versionId: row?.id ?? null, isBuiltIn: true };
    }),
  );
  return {
    current,
    versions: versions.map((version) => ({
      ...version,
      language: version.language as SupportedLanguage,
      isBuiltIn: version.createdByUserId === null,
      createdAt: version.createdAt.toISOString(),
    })),
  };
}

/**
 * The workspace's new text for a language. The same words as the current text add no version
 * (`added: false`); otherwise the text becomes current for every interview not yet started.
 */
export async function saveWorkspaceNotice(options: {
  companyId: string;
  language: SupportedLanguage;
  body: string;
  userId: string;
}): Promise<{ added: boolean }> {
  const stored = toStoredNoticeBody(options.body);
  const authored = await getAuthoredNoticeVersion(options);
  const currentHash =
    authored?.hash ?? toStoredNoticeBody(defaultNoticeBodies[options.language]).hash;
  if (currentHash === stored.hash) return { added: false };
  await saveAuthoredNoticeVersion({
    companyId: options.companyId,
    language: options.language,
    ...stored,
    createdByUserId: options.userId,
  });
  return { added: true };
}
