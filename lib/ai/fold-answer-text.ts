import "server-only";

export type FoldedText = {
  /** NFKC, invisible characters removed, confusables folded to Latin, lower case, one space. */
  text: string;
  /** `offsets[i]` is the index in the original text of the character that produced `text[i]`. */
  offsets: number[];
};

// Cyrillic and Greek letters that render like Latin ones: an attacker swaps them in so a pattern
// for "give" does not see "givе". Lower case only: folding runs after lower-casing.
const confusables: Record<string, string> = {
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  і: "i",
  ї: "i",
  ј: "j",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  ѕ: "s",
  ԁ: "d",
  һ: "h",
  ԛ: "q",
  ԝ: "w",
  α: "a",
  β: "b",
  ε: "e",
  η: "n",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ω: "w",
};
// Format characters (zero-width spaces and joiners, soft hyphens, bidi marks) and combining marks
// are invisible or nearly so, and only ever split a phrase apart for a pattern.
const invisible = /[\p{Cf}\p{Mn}]/u;

/**
 * The text as a reader sees it, in a form patterns can match: compatibility forms (full-width
 * letters, ligatures) unified, invisible characters dropped, look-alike letters folded, case
 * folded, and every run of whitespace (line breaks included) one space. Keeps where each
 * character came from, so a match can be traced back to the sentence that holds it.
 */
export function foldAnswerText(original: string, options?: { keepCase?: boolean }): FoldedText {
  let text = "";
  const offsets: number[] = [];
  let index = 0;
  for (const codePoint of original) {
    const normalized = codePoint.normalize("NFKC");
    for (const char of options?.keepCase ? normalized : normalized.toLowerCase()) {
      if (invisible.test(char)) continue;
      const folded = /\s/u.test(char) ? " " : (confusables[char] ?? char);
      if (folded === " " && (text.length === 0 || text.endsWith(" "))) continue;
      text += folded;
      offsets.push(index);
    }
    index += codePoint.length;
  }
  return { text, offsets };
}

/** `foldAnswerText` when only the text is needed. */
export function foldText(original: string, options?: { keepCase?: boolean }): string {
  return foldAnswerText(original, options).text.trim();
}
