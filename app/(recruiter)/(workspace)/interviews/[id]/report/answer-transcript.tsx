import type { TranscriptSegment } from "@/db/schema";
import { highlightEvidence } from "@/lib/dashboard/highlight-evidence";
import { SeekButton } from "./seek-button";

/** One answer's transcript with the words its score rests on marked. */
export function AnswerTranscript(props: {
  segments: Pick<TranscriptSegment, "id" | "speaker" | "text" | "startMs">[];
  quotes: string[];
  empty: string;
}) {
  if (props.segments.length === 0) {
    return <p className="mt-1 text-sm text-slate-600">{props.empty}</p>;
  }
  return (
    <div className="mt-1 space-y-2 rounded-md bg-slate-50 p-3 text-sm leading-relaxed print:bg-white">
      {props.segments.map((segment) => (
        <p key={segment.id}>
          {segment.speaker === "interviewer" ? (
            <span className="font-medium text-slate-600">Interviewer: </span>
          ) : null}
          <SeekButton startMs={segment.startMs}>
            {highlightEvidence({ text: segment.text, quotes: props.quotes }).map((part, index) =>
              part.isEvidence ? (
                <mark
                  // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
                  key={index}
                  className="rounded bg-amber-200 px-0.5 text-slate-900 print:bg-transparent print:underline print:decoration-2"
                >
                  {part.text}
                </mark>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
                <span key={index}>{part.text}</span>
              ),
            )}
          </SeekButton>
        </p>
      ))}
    </div>
  );
}
