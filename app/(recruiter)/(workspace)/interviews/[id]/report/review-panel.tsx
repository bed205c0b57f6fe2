import { Panel, PanelHeading } from "@/app/_components/panel";
import type { InterviewReview } from "@/lib/review/get-interview-review";
import { AuditTrail } from "./audit-trail";
import { DecisionForm } from "./decision-form";

/** The recruiter's decision and the audit trail of every human change to this report. */
export function ReviewPanel(props: {
  interviewId: string;
  review: InterviewReview;
  /** Evaluators review scores; the hiring decision is the hiring team's (decision:write). */
  canDecide: boolean;
}) {
  const { decision, audit } = props.review;
  return (
    <Panel
      labelledBy="review-heading"
      tone="accent"
      padding="roomy"
      className="grid gap-6 lg:grid-cols-2 print:border-slate-400"
    >
      <div>
        <PanelHeading id="review-heading" headingStyle="normal">
          Human review
        </PanelHeading>
        {props.canDecide ? (
          <>
            <p className="mt-1 text-sm text-slate-700">
              Record what you decided. Score overrides are on each answer and competency above.
            </p>
            <div className="mt-3">
              <DecisionForm
                interviewId={props.interviewId}
                current={decision ? { decision: decision.decision, note: decision.note } : null}
              />
            </div>
          </>
        ) : (
          <p className="mt-1 text-sm text-slate-700">
            Score overrides are on each answer and competency above; the hiring decision is made by
            the hiring team.
          </p>
        )}
      </div>
      <div>
        <h3 className="font-semibold">Audit trail</h3>
        <AuditTrail rows={audit} />
      </div>
    </Panel>
  );
}
