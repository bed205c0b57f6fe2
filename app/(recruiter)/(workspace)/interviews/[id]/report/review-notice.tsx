import { Panel } from "@/app/_components/panel";
import type { Report } from "@/db/schema/reports";

/** Why a person must look before anyone relies on this report, and the rubrics it was scored on. */
export function ReviewNotice({ report }: { report: Report }) {
  const isNeedsReview = report.needsReview || report.recommendation === "needs_review";
  return (
    <>
      {isNeedsReview ? (
        <Panel heading="Needs human review" headingStyle="normal" tone="info">
          <p className="mt-1 text-sm">
            {report.provider === "offline"
              ? "The offline heuristic scored this interview: it gives no hire recommendation. Read the answers, override scores where you disagree, and record a decision."
              : "Some answers were flagged: read them before relying on the scores, and record a decision."}
          </p>
          {report.reviewReasons.length > 0 ? (
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
              {report.reviewReasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : null}
        </Panel>
      ) : null}
      {report.rubricVersions.length > 0 ? (
        <p className="text-sm text-slate-700">
          <span className="font-medium">
            Rubric version{report.rubricVersions.length === 1 ? "" : "s"}:
          </span>{" "}
          {report.rubricVersions.map((version, index) => (
            <span key={version}>
              {index > 0 ? ", " : null}
              <code className="rounded bg-slate-100 px-1 text-xs">{version}</code>
            </span>
          ))}
        </p>
      ) : null}
    </>
  );
}
