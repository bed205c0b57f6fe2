import { Panel, PanelHeading } from "@/app/_components/panel";
import type { Interview, InterviewQuestion, TranscriptSegment } from "@/db/schema";
import type { HumanScorecard } from "@/lib/compliance/scorecard/schemas";
import { groupAnswerThreads } from "@/lib/evaluation/group-answer-threads";
import type { InterviewReview } from "@/lib/review/get-interview-review";
import { AccommodationNotice } from "./accommodation-notice";
import { AnswerTranscript } from "./answer-transcript";
import { AuditTrail } from "./audit-trail";
import { DecisionForm } from "./decision-form";
import { ScorecardForm } from "./scorecard-form";

const hireBandLabels: Record<HumanScorecard["hireBand"], string> = {
  strong_hire: "Strong hire",
  hire: "Hire",
  lean_hire: "Lean hire",
  no_hire: "No hire",
  incomplete: "Incomplete",
};

/**
 * The report of an interview whose candidate asked that no AI score them: a person's scorecard
 * on the rubric's anchors, the transcript it quotes, the decision and the audit trail. No AI
 * score exists for it, so none is shown.
 */
export function HumanScorecardReport(props: {
  interview: Interview;
  scorecard: HumanScorecard;
  questions: InterviewQuestion[];
  segments: TranscriptSegment[];
  review: InterviewReview;
  canScore: boolean;
  canDecide: boolean;
}) {
  const { interview, scorecard, review } = props;
  const quotes = scorecard.competencies.flatMap((row) =>
    row.criteria.flatMap((criterion) => (criterion.quote ? [criterion.quote] : [])),
  );
  const threads = groupAnswerThreads({ questions: props.questions, segments: props.segments });
  return (
    <>
      <p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
        The candidate asked that no AI score their answers. No AI score exists for this interview:
        score each criterion against its anchors, with the words from the answer that earned it.
      </p>
      <AccommodationNotice grant={interview.accommodationGrant} />

      <Panel labelledBy="scorecard-heading" padding="roomy" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <PanelHeading id="scorecard-heading" headingStyle="normal">
            Human scorecard
          </PanelHeading>
          <p className="text-sm">
            <span className="font-medium">Overall score:</span>{" "}
            <span className="text-2xl font-bold tabular-nums">
              {scorecard.humanOverallScore ?? "—"}
            </span>
            {scorecard.humanOverallScore === null ? null : <span>/100</span>} ·{" "}
            <span className="font-medium">Band:</span> {hireBandLabels[scorecard.hireBand]} ·{" "}
            {scorecard.scoredCriteria} of {scorecard.totalCriteria} criteria scored
          </p>
        </div>
        <ScorecardForm interviewId={interview.id} scorecard={scorecard} canScore={props.canScore} />
      </Panel>

      <Panel heading="Answers" tone="plain" className="space-y-4">
        {threads.map((thread) => (
          <section key={thread.question.id} className="space-y-2">
            <h3 className="font-semibold">
              Question {thread.question.order} · {thread.question.competency}
            </h3>
            <p className="text-slate-800">{thread.question.content}</p>
            <AnswerTranscript segments={thread.segments} quotes={quotes} empty="No answer." />
            {thread.followUps.map((turn) => (
              <div key={turn.question.id} className="ml-4 space-y-1">
                <p className="text-sm font-medium">Follow-up: {turn.question.content}</p>
                <AnswerTranscript segments={turn.segments} quotes={quotes} empty="No answer." />
              </div>
            ))}
          </section>
        ))}
      </Panel>

      <Panel
        labelledBy="review-heading"
        tone="accent"
        padding="roomy"
        className="grid gap-6 lg:grid-cols-2"
      >
        <div>
          <PanelHeading id="review-heading" headingStyle="normal">
            Human review
          </PanelHeading>
          {props.canDecide ? (
            <div className="mt-3">
              <DecisionForm
                interviewId={interview.id}
                current={
                  review.decision
                    ? { decision: review.decision.decision, note: review.decision.note }
                    : null
                }
              />
            </div>
          ) : (
            <p className="mt-1 text-sm text-slate-700">
              The hiring decision is made by the hiring team.
            </p>
          )}
        </div>
        <div>
          <h3 className="font-semibold">Audit trail</h3>
          <AuditTrail rows={review.audit} />
        </div>
      </Panel>
    </>
  );
}
