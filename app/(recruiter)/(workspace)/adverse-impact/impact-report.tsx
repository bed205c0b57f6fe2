import { Panel } from "@/app/_components/panel";
import type {
  AdverseImpactReport,
  ImpactMeasureView,
} from "@/lib/compliance/adverse-impact/report-view";
import { inputClass, linkClass, secondaryButtonClass } from "../../_components/page-header";
import { ImpactTable } from "./impact-table";

function MeasurePanel(props: { heading: string; measure: ImpactMeasureView }) {
  const { measure } = props;
  return (
    <Panel heading={props.heading} headingStyle="large" padding="roomy">
      <p className="text-sm text-slate-700">
        Selected means: {measure.selection}. {measure.total} applicants, {measure.selected}{" "}
        selected.
      </p>
      <div className="mt-4 space-y-6">
        <ImpactTable
          caption="By sex"
          regionLabel={`${props.heading}, by sex`}
          table={measure.sex}
        />
        <ImpactTable
          caption="By race/ethnicity"
          regionLabel={`${props.heading}, by race/ethnicity`}
          table={measure.raceEthnicity}
        />
        <ImpactTable
          caption="By intersectional category (race/ethnicity and sex)"
          regionLabel={`${props.heading}, by intersectional category`}
          table={measure.intersectional}
        />
      </div>
    </Panel>
  );
}

/**
 * The report with its range form and the auditor's CSV link. `action` is the page's own path:
 * the form is a plain GET, so the range is in the URL and works without script.
 */
export function ImpactReport(props: {
  report: AdverseImpactReport;
  action: string;
  csvHref: string;
  rangeError: string | null;
}) {
  const { report } = props;
  const flagged = [report.decisions, report.scores].flatMap((measure) =>
    [measure.sex, measure.raceEthnicity, measure.intersectional].flatMap((table) =>
      table.rows.filter((row) => row.belowFourFifths),
    ),
  ).length;
  return (
    <div className="mt-6 space-y-6">
      <form action={props.action} method="get" className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium">
          From
          <input
            type="date"
            name="from"
            defaultValue={report.from}
            className={inputClass}
            required
          />
        </label>
        <label className="text-sm font-medium">
          To
          <input type="date" name="to" defaultValue={report.to} className={inputClass} required />
        </label>
        <label className="text-sm font-medium">
          Score threshold
          <input
            type="number"
            name="threshold"
            min={0}
            max={100}
            defaultValue={report.threshold}
            className={inputClass}
          />
        </label>
        <button type="submit" className={secondaryButtonClass}>
          Show
        </button>
        <a href={props.csvHref} className={linkClass} download>
          Download CSV for an auditor
        </a>
      </form>
      {props.rangeError ? (
        <p role="alert" className="text-sm text-red-800">
          {props.rangeError} Showing the last 12 months instead.
        </p>
      ) : null}
      <Panel heading="How to read this" tone="info">
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>
            Interviews completed from {report.from} to {report.to} (UTC). The impact ratio is a
            category&apos;s selection rate divided by the highest rate among the categories
            compared.
          </li>
          <li>
            A ratio under 0.8 is highlighted: it is below four-fifths (80 %) of the highest rate,
            the four-fifths rule regulators use as a sign of adverse impact. {flagged} highlighted
            in this range.
          </li>
          <li>
            Categories with fewer than 5 people or under 2 % of the total are shown as “too few” and
            left out of the comparison, as NYC Local Law 144&apos;s rules allow. People who declined
            or skipped the voluntary questions are counted as “Unknown”.
          </li>
          <li>
            These figures help you monitor. They are not the bias audit: the deploying company must
            commission the independent bias audit itself (and publish its summary) before using AI
            to screen candidates in New York City. The CSV gives the auditor these tables.
          </li>
        </ul>
      </Panel>
      <MeasurePanel heading="Decisions: advanced ÷ decided" measure={report.decisions} />
      <MeasurePanel
        heading={`Scores: ${report.threshold} or above ÷ scored`}
        measure={report.scores}
      />
    </div>
  );
}
