import { Panel, PanelHeading } from "@/app/_components/panel";
import type {
  Evaluation,
  InterviewQuestion,
  RubricVersion,
  ScoreOverride,
  TranscriptSegment,
} from "@/db/schema";
import { getCompetencyLabel } from "@/lib/competencies/registry";
import { scoreTone } from "@/lib/dashboard/labels";
import type { InterviewBankAnswer } from "@/lib/db/answer-bank-review";
import { measureAnswerMs } from "@/lib/evaluation/group-answer-threads";
import { BankReviewButtons } from "../../../../_components/bank-review-buttons";
import { HumanScore } from "../../../../_components/human-score";
import { AnswerDuration } from "./answer-duration";
import { AnswerRubric } from "./answer-rubric";
import { AnswerTranscript } from "./answer-transcript";
import { EvidenceQuotes } from "./evidence-quotes";
import type { RecordingPart } from "./find-recording-part";
import { FollowUpTurn } from "./follow-up-turn";
import { mayNominate } from "./may-nominate";
import { NominateAnswerButton } from "./nominate-answer-button";
import { RecordingPlayer } from "./recording-player";
import { ScoreOverride as ScoreOverrideControl } from "./score-override";

/**
 * One question of the report: score (and the human one beside it), review flags, the transcript
 * with its evidence marked and its follow-ups under it (the score covers the thread), advice,
 * the rubric, and the controls to override or approve it.
 */
export function AnswerSection(props: {
  interviewId: string;
  question: InterviewQuestion;
  evaluation: Evaluation;
  segments: TranscriptSegment[];
  /** The follow-ups asked after this answer, in order, each with the candidate's segments. */
  followUps: { question: InterviewQuestion; segments: TranscriptSegment[] }[];
  override: ScoreOverride | null;
  rubricVersion: RubricVersion | null;
  bankAnswer: InterviewBankAnswer | null;
  /** The viewer holds position:write: they may put the answer into the answer bank. */
  canNominate: boolean;
  /** The position's language: competencies are named in it. */
  language: string;
  /** Signed links to the recordings of this answer and of each follow-up, by question id. */
  recordingsFor: (questionId: string) => RecordingPart[];
}) {
  const { question, evaluation, override, bankAnswer } = props;
  const quotes = evaluation.evidence.map((item) => item.quote);
  const headingId = `question-${question.order}`;
  return (
    <Panel labelledBy={headingId} className="break-inside-avoid-page sm:p-5 print:border-slate-400">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-600">
            Question {question.order} ·{" "}
            {getCompetencyLabel({ competency: question.competency, language: props.language })}
          </p>
          <PanelHeading id={headingId} level={3} headingStyle="normal" className="mt-1">
            {question.content}
          </PanelHeading>
        </div>
        <p className="shrink-0 text-right">
          {override ? (
            <HumanScore score={override.score} aiScore={evaluation.score} size="large" />
          ) : (
            <>
              <span className={`text-2xl font-bold tabular-nums ${scoreTone(evaluation.score)}`}>
                {evaluation.score}
              </span>
              <span className="text-sm text-slate-600">/100</span>
            </>
          )}
        </p>
      </div>
      {evaluation.status === "needs_review" ? (
        <div className="mt-3 rounded-md border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950">
          <p className="font-semibold">Needs review</p>
          {evaluation.reviewReasons.length > 0 ? (
            <ul className="mt-1 list-disc pl-5">
              {evaluation.reviewReasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <h4 className="mt-4 text-sm font-semibold">Transcript</h4>
      <RecordingPlayer
        parts={props.recordingsFor(question.id)}
        label={`Recording of question ${question.order}`}
      >
        <AnswerTranscript
          segments={props.segments}
          quotes={quotes}
          empty="No answer was recorded for this question."
        />
        <EvidenceQuotes segments={props.segments} quotes={quotes} />
      </RecordingPlayer>
      <AnswerDuration
        durationMs={measureAnswerMs(
          props.segments.filter((segment) => segment.speaker === "candidate"),
        )}
      />
      {props.followUps.map((turn) => (
        <FollowUpTurn
          key={turn.question.id}
          question={turn.question}
          segments={turn.segments}
          quotes={quotes}
          recordings={props.recordingsFor(turn.question.id)}
        />
      ))}
      {evaluation.evidence.length > 0 ? (
        <p className="mt-1 text-xs text-slate-600">
          <span className="rounded bg-amber-200 px-1 text-slate-900 print:bg-transparent print:underline">
            Highlighted
          </span>{" "}
          the words the score rests on:{" "}
          {evaluation.evidence.map((item) => item.supports).join("; ")}.
        </p>
      ) : null}

      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <AdviceList title="Strengths" items={evaluation.strengths} empty="None noted." />
        <AdviceList title="To improve" items={evaluation.improvements} empty="None noted." />
      </div>

      <AnswerRubric evaluation={evaluation} rubricVersion={props.rubricVersion} />

      <ScoreOverrideControl
        interviewId={props.interviewId}
        kind="answer"
        target={question.id}
        label={`Question ${question.order}`}
        aiScore={evaluation.score}
        human={override ? { score: override.score, reason: override.reason } : null}
      />
      {mayNominate({
        canWritePositions: props.canNominate,
        bankQuestionId: question.bankQuestionId,
        isBanked: bankAnswer !== null,
        thread: [{ segments: props.segments }, ...props.followUps],
      }) ? (
        <NominateAnswerButton
          interviewId={props.interviewId}
          questionId={question.id}
          questionOrder={question.order}
        />
      ) : null}
      {bankAnswer?.status === "pending" ? (
        <div className="mt-3 flex flex-wrap items-center justify-between gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm print:hidden">
          <p className="text-amber-950">
            This answer is waiting for approval to join the answer bank as an example.
          </p>
          <BankReviewButtons
            answerId={bankAnswer.id}
            label={`the bank answer of question ${question.order}`}
          />
        </div>
      ) : null}
    </Panel>
  );
}

function AdviceList(props: { title: string; items: string[]; empty: string }) {
  return (
    <div>
      <h4 className="text-sm font-semibold">{props.title}</h4>
      {props.items.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{props.empty}</p>
      ) : (
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-800">
          {props.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
