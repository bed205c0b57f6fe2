import { getBaseLanguage, isSupportedLanguage, type SupportedLanguage } from "@/lib/i18n/languages";

// Safe for clients and pure: the position form offers these, and db-free code reads the labels.

/**
 * The built-in competencies, in the order the position form offers them. Each one has a label in
 * every supported language here and a default anchored rubric in lib/rubrics/default-rubrics-*.ts
 * (typed by `BuiltInCompetency`, so the compiler asks for both). Any other key is a recruiter's
 * own competency: allowed, but scored on generic criteria until its rubric is written.
 */
export const builtInCompetencies = [
  { key: "system-design", labels: { en: "System design", ko: "시스템 설계" } },
  { key: "technical-depth", labels: { en: "Technical depth", ko: "기술 깊이" } },
  { key: "problem-solving", labels: { en: "Problem solving", ko: "문제 해결" } },
  { key: "ownership", labels: { en: "Ownership", ko: "주인의식" } },
  { key: "communication", labels: { en: "Communication", ko: "커뮤니케이션" } },
  { key: "collaboration", labels: { en: "Collaboration", ko: "협업" } },
  { key: "product-sense", labels: { en: "Product sense", ko: "제품 감각" } },
  { key: "data-analysis", labels: { en: "Data analysis", ko: "데이터 분석" } },
] as const satisfies readonly {
  key: string;
  labels: Record<SupportedLanguage, string>;
}[];

export type BuiltInCompetency = (typeof builtInCompetencies)[number]["key"];

export const builtInCompetencyKeys: readonly BuiltInCompetency[] = builtInCompetencies.map(
  (entry) => entry.key,
);

const entryByKey = new Map<string, (typeof builtInCompetencies)[number]>(
  builtInCompetencies.map((entry) => [entry.key, entry]),
);

export function isBuiltInCompetency(key: string): key is BuiltInCompetency {
  return entryByKey.has(key);
}

/** The registry's language for a BCP-47 tag: its base when supported ("ko-KR" → "ko"), else English. */
export function toCompetencyLanguage(tag: string): SupportedLanguage {
  const base = getBaseLanguage(tag);
  return isSupportedLanguage(base) ? base : "en";
}

/**
 * What a page shows for a competency in a position's language: the built-in label, or a
 * recruiter's own key made readable ("customer-empathy" → "Customer empathy").
 */
export function getCompetencyLabel(options: { competency: string; language: string }): string {
  const key = options.competency.trim().toLowerCase();
  const entry = entryByKey.get(key);
  if (entry) return entry.labels[toCompetencyLanguage(options.language)];
  const spaced = key.replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
