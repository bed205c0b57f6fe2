import { type BuiltInCompetency, builtInCompetencies, isBuiltInCompetency } from "./registry";

// A key a recruiter types that is almost a built-in one ("problem_solving", "comunication",
// "문제 해결") would otherwise become a competency of its own, scored on generic criteria and
// asked no bank questions, without anyone noticing. Such keys are refused with the built-in named.

/** Letters and digits only, lower-cased: "Problem_Solving" and "problem solving" compare equal. */
function squeeze(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Typos allowed for a name this long: none for short names, where one letter changes the word. */
function allowedDistance(length: number): number {
  if (length >= 9) return 2;
  return length >= 6 ? 1 : 0;
}

/** Edits between two names, a swap of neighbouring letters counting as one ("desing"). */
function editDistance(a: string, b: string): number {
  const [x, y] = [[...a], [...b]];
  const rows = x.map(() => new Array<number>(y.length + 1).fill(0));
  const at = (i: number, j: number) => (i < 0 ? j + 1 : j < 0 ? i + 1 : (rows[i]?.[j] ?? 0));
  for (const [i, charA] of x.entries()) {
    for (const [j, charB] of y.entries()) {
      const cost = charA === charB ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 0 && j > 0 && charA === y[j - 1] && x[i - 1] === charB) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      const row = rows[i];
      if (row) row[j] = best;
    }
  }
  return x.length === 0 ? y.length : y.length === 0 ? x.length : at(x.length - 1, y.length - 1);
}

const namesByCompetency = builtInCompetencies.map((entry) => ({
  key: entry.key,
  names: [...new Set([entry.key, ...Object.values(entry.labels)].map(squeeze))],
}));

/**
 * The built-in competency a key that is not one looks like a misspelling or a label of, or null
 * for a key that is built-in or clearly a competency of the recruiter's own.
 */
export function findBuiltInLookalike(key: string): BuiltInCompetency | null {
  const normalised = key.trim().toLowerCase();
  if (isBuiltInCompetency(normalised)) return null;
  const squeezed = squeeze(normalised);
  const near = namesByCompetency.find(({ names }) =>
    names.some((name) => editDistance(squeezed, name) <= allowedDistance(name.length)),
  );
  return near?.key ?? null;
}
