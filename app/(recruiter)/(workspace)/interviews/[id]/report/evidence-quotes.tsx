import type { TranscriptSegment } from "@/db/schema";
import { highlightEvidence } from "@/lib/dashboard/highlight-evidence";
import { SeekButton } from "./seek-button";

/** The evidence quotes said in this turn, each one playing the recording where it was said. */
export function EvidenceQuotes(props: {
  segments: Pick<TranscriptSegment, "id" | "text" | "startMs">[];
  quotes: string[];
}) {
  const found = props.quotes.flatMap((quote) => {
    const segment = props.segments.find((candidate) =>
      highlightEvidence({ text: candidate.text, quotes: [quote] }).some((part) => part.isEvidence),
    );
    return segment ? [{ quote, startMs: segment.startMs }] : [];
  });
  if (found.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1 text-sm print:hidden" aria-label="Evidence quotes">
      {found.map((item) => (
        <li key={item.quote}>
          <SeekButton
            startMs={item.startMs}
            className="text-indigo-800 underline decoration-dotted"
          >
            “{item.quote}”
          </SeekButton>
        </li>
      ))}
    </ul>
  );
}
