import "server-only";
import type { SentenceMeasure } from "./measure-sentences";
import type { OfflineMessages } from "./offline-messages";
import type { Evidence } from "./types";

const maxEvidence = 3;

/** The credited sentences that earned the most, quoted verbatim with what they earned it for. */
export function pickEvidence(options: {
  sentences: SentenceMeasure[];
  messages: OfflineMessages;
}): Evidence[] {
  const { label: labels, markerGroup } = options.messages;
  const contributions = (s: SentenceMeasure): string[] => [
    ...(s.markerGroups.length > 0
      ? [`${labels.structure}: ${s.markerGroups.map(markerGroup).join(", ")}`]
      : []),
    ...(s.numbers.length + s.namedTerms.length > 0 ? [labels.specificity] : []),
    ...(s.keywordHits.length > 0 ? [`${labels.relevance}: ${s.keywordHits.join(", ")}`] : []),
  ];
  return options.sentences
    .map((sentence, order) => ({ sentence, order, reasons: contributions(sentence) }))
    .filter((entry) => entry.reasons.length > 0)
    .sort((a, b) => b.reasons.length - a.reasons.length || a.order - b.order)
    .slice(0, maxEvidence)
    .sort((a, b) => a.order - b.order)
    .map(({ sentence, reasons }) => ({
      quote: sentence.text,
      segmentId: sentence.segmentId,
      supports: reasons.join("; "),
    }));
}
