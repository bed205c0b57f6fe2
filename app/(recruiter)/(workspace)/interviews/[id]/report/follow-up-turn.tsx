import type { InterviewQuestion, TranscriptSegment } from "@/db/schema";
import { measureAnswerMs } from "@/lib/evaluation/group-answer-threads";
import { AnswerDuration } from "./answer-duration";
import { AnswerTranscript } from "./answer-transcript";
import { EvidenceQuotes } from "./evidence-quotes";
import type { RecordingPart } from "./find-recording-part";
import { RecordingPlayer } from "./recording-player";

/**
 * A follow-up the interviewer asked under a main answer: why it was asked, the question and the
 * candidate's answer. It has no score of its own: the main answer's score covers the thread.
 */
export function FollowUpTurn(props: {
  question: InterviewQuestion;
  segments: TranscriptSegment[];
  quotes: string[];
  recordings: RecordingPart[];
}) {
  const { question } = props;
  const headingId = `follow-up-${question.order}-${question.followUpNumber}`;
  return (
    <section
      aria-labelledby={headingId}
      className="mt-4 border-l-2 border-violet-200 pl-4 print:border-slate-400"
    >
      <h4 id={headingId} className="text-sm font-semibold">
        Follow-up {question.followUpNumber}
      </h4>
      <p className="mt-1 text-slate-900">{question.content}</p>
      {question.followUpReason ? (
        <p className="mt-1 text-xs text-slate-600">
          <span className="font-medium">Why asked:</span> {question.followUpReason}
        </p>
      ) : null}
      <RecordingPlayer
        parts={props.recordings}
        label={`Recording of follow-up ${question.followUpNumber}`}
      >
        <AnswerTranscript
          segments={props.segments}
          quotes={props.quotes}
          empty="No answer was recorded for this follow-up."
        />
        <EvidenceQuotes segments={props.segments} quotes={props.quotes} />
      </RecordingPlayer>
      <AnswerDuration durationMs={measureAnswerMs(props.segments)} />
    </section>
  );
}
