import "server-only";
import type { AnswerSegment, Evidence } from "./types";

/** Collapses runs of whitespace, so a quote that re-wraps lines still counts as verbatim. */
function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Keeps only quotes that appear verbatim (up to whitespace) in one of the answer's segments, with
 * `segmentId` set to the first segment that holds it: a model may cite the wrong segment or
 * paraphrase, and a score must only rest on words the candidate actually said.
 */
export function verifyEvidence(options: { evidence: Evidence[]; segments: AnswerSegment[] }): {
  evidence: Evidence[];
  droppedCount: number;
} {
  const segments = options.segments.map((segment) => ({
    segmentId: segment.segmentId,
    text: normalizeWhitespace(segment.text),
  }));
  const evidence: Evidence[] = [];
  for (const item of options.evidence) {
    const quote = normalizeWhitespace(item.quote);
    if (quote.length === 0) continue;
    // The cited segment wins when it holds the quote; otherwise the first one that does.
    const cited = segments.find((s) => s.segmentId === item.segmentId && s.text.includes(quote));
    const holder = cited ?? segments.find((s) => s.text.includes(quote));
    if (holder) evidence.push({ ...item, quote, segmentId: holder.segmentId });
  }
  return { evidence, droppedCount: options.evidence.length - evidence.length };
}
