export type TextPart = { text: string; isEvidence: boolean };

/**
 * Splits transcript text into plain and evidence parts, so the quotes a score rests on can be
 * marked where the candidate said them. Quotes were stored with whitespace collapsed, so the text
 * is collapsed the same way first; overlapping quotes merge into one mark.
 */
export function highlightEvidence(options: { text: string; quotes: string[] }): TextPart[] {
  const text = options.text.replace(/\s+/g, " ").trim();
  const ranges: [number, number][] = [];
  for (const rawQuote of options.quotes) {
    const quote = rawQuote.replace(/\s+/g, " ").trim();
    if (quote.length === 0) continue;
    for (let from = text.indexOf(quote); from !== -1; from = text.indexOf(quote, from + 1)) {
      ranges.push([from, from + quote.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    if (start > cursor) parts.push({ text: text.slice(cursor, start), isEvidence: false });
    parts.push({ text: text.slice(start, end), isEvidence: true });
    cursor = end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), isEvidence: false });
  return parts;
}
