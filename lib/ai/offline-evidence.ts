import "server-only";
import type { SentenceMeasure } from "./measure-sentences";
import type { OfflineMessages } from "./offline-messages";
import type { Evidence } from "./types";

const maxEvidence = 4;

/**
 * The credited sentences that earned the most, quoted verbatim with what they earned it for:
 * each criterion's credit is backed by the sentence that shows it.
 */
export function pickEvidence(options: {
  sentences: SentenceMeasure[];
  messages: OfflineMessages;
}): Evidence[] {
  const { label } = options.messages;
  const contributions = ({ story }: SentenceMeasure): string[] => [
    ...(story.situation ? [label.situation] : []),
    ...(story.ownAction > 0 ? [label.actions] : []),
    ...(story.measuredOutcome ? [label.outcome] : []),
    ...(story.alternative ? [label.tradeoffs] : []),
    ...(story.lesson ? [label.lesson] : []),
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
