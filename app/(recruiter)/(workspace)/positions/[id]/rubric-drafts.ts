import type { RubricAnchors, RubricCriterion } from "@/lib/rubrics/schemas";

// Pure helpers of the rubric editor: drafts, new keys and readable validation messages.

/** A criterion being edited; `isNew` criteria take their key from the name until saved. */
export type CriterionDraft = RubricCriterion & { draftId: string; isNew: boolean };

export const anchorLabels: Record<keyof RubricAnchors, string> = {
  "1": "1 — weak",
  "3": "3 — adequate",
  "5": "5 — strong",
};

const fieldLabels: Record<string, string> = { name: "name", description: "what it assesses" };
const keyLength = 40;

export const toDrafts = (criteria: RubricCriterion[]): CriterionDraft[] =>
  criteria.map((criterion) => ({ ...criterion, draftId: criterion.key, isNew: false }));

export const toCriteria = (drafts: CriterionDraft[]): RubricCriterion[] =>
  drafts.map(({ draftId: _draftId, isNew: _isNew, ...criterion }) => criterion);

/** "Trade-offs & risks" → "trade_offs_risks", unique among `takenKeys` and valid for the schema. */
export function deriveCriterionKey(options: { name: string; takenKeys: string[] }): string {
  const slug = options.name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+/, "")
    .slice(0, keyLength)
    .replace(/_+$/, "");
  // The schema wants a leading letter and two characters; a name in Korean leaves no slug at all.
  const base = /^[a-z][a-z0-9_]+$/.test(slug)
    ? slug
    : `criterion${slug ? `_${slug}` : ""}`.slice(0, keyLength);
  const taken = new Set(options.takenKeys);
  let key = base;
  for (let suffix = 2; taken.has(key); suffix++) {
    key = `${base.slice(0, keyLength - `_${suffix}`.length)}_${suffix}`;
  }
  return key;
}

/** A zod issue at "criteria.1.anchors.5" → "Criterion 2, 5 — strong: fill this in." */
export function describeIssue(issue: {
  path: PropertyKey[];
  code: string;
  message: string;
  minimum?: unknown;
}): string {
  const [, index, field, point] = issue.path;
  const text = issue.code === "too_small" && issue.minimum === 1 ? "fill this in." : issue.message;
  if (typeof index !== "number") return `Criteria: ${text}`;
  const where =
    field === "anchors"
      ? anchorLabels[point as keyof RubricAnchors]
      : (fieldLabels[String(field)] ?? String(field));
  return `Criterion ${index + 1}, ${where}: ${text}`;
}
