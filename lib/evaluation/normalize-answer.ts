/**
 * The form of an answer that decides whether it is "the same answer": Unicode-normalised, with
 * whitespace and segment breaks collapsed. Case and punctuation stay: they can change meaning.
 */
export function normalizeAnswer(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, " ").trim();
}
