import "server-only";
import type { AnswerSegment } from "@/lib/ai/types";
import { verifyEvidence } from "@/lib/ai/verify-evidence";
import { DomainError } from "@/lib/domain-error";
import type { ScorecardCompetency, ScorecardEntryValue } from "./compute-scorecard";

/**
 * Whether a quote is words the candidate said in these segments, checked as the AI's evidence is
 * (verbatim up to whitespace, within one segment). When the candidate said nothing there, only an
 * empty quote is true to the answer; otherwise a point must rest on a quote.
 */
export function isQuoteFromAnswer(options: { quote: string; segments: AnswerSegment[] }): boolean {
  const hasWords = options.segments.some((segment) => segment.text.trim().length > 0);
  if (!hasWords) return options.quote.trim().length === 0;
  const { evidence } = verifyEvidence({
    evidence: [{ quote: options.quote, segmentId: null, supports: "" }],
    segments: options.segments,
  });
  return evidence.length === 1;
}

/**
 * Refuses entries that name no criterion of the interview's rubrics, name one twice, or quote
 * words the candidate did not say in that competency's answers (follow-ups included).
 */
export function checkScorecardEntries(options: {
  competencies: ScorecardCompetency[];
  /** The candidate's segments per competency: every thread of its questions. */
  segmentsByCompetency: Map<string, AnswerSegment[]>;
  entries: ScorecardEntryValue[];
}): void {
  const seen = new Set<string>();
  for (const entry of options.entries) {
    const competency = options.competencies.find((row) => row.competency === entry.competency);
    const criterion = competency?.criteria.find((row) => row.key === entry.criterionKey);
    if (!competency || !criterion) {
      throw new DomainError({
        kind: "invalid_input",
        message: `"${entry.competency}" has no criterion "${entry.criterionKey}" in this interview's rubrics.`,
      });
    }
    const key = `${entry.competency}\u0000${entry.criterionKey}`;
    if (seen.has(key)) {
      throw new DomainError({
        kind: "invalid_input",
        message: `${criterion.name} (${entry.competency}) is given twice.`,
      });
    }
    seen.add(key);
    const segments = options.segmentsByCompetency.get(entry.competency) ?? [];
    if (!isQuoteFromAnswer({ quote: entry.quote, segments })) {
      throw new DomainError({
        kind: "invalid_input",
        code: "quote_not_in_answer",
        message: `The quote for ${criterion.name} (${entry.competency}) must be words the candidate said in the answers to that competency's questions${segments.length === 0 ? " (they said nothing, so leave it empty)" : ""}.`,
      });
    }
  }
}
