import type { AdverseImpactReport, ImpactMeasureView, ImpactTableView } from "./report-view";

export const tooFewMark = "too few";
export const fourFifthsNote = "below four-fifths (80 %) of the highest rate";
const tooFewNote = "too few: under 5 people or 2 % of the total, excluded from the ratios";
const unknownNote = "declined or left blank: counted, excluded from the ratios";

/** RFC 4180 quoting, and a leading ' before = + - @ so a spreadsheet never runs a cell. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function formatFraction(value: number | null, row: ImpactTableView["rows"][number]): string {
  if (row.isTooFew) return tooFewMark;
  return value === null ? "" : value.toFixed(3);
}

function tableLines(title: string, table: ImpactTableView): string[][] {
  return [
    [title],
    [
      "Category",
      "Number of applicants",
      "Number selected",
      "Selection rate",
      "Impact ratio",
      "Note",
    ],
    ...table.rows.map((row) => [
      row.label,
      String(row.applicants),
      String(row.selected),
      formatFraction(row.selectionRate, row),
      formatFraction(row.impactRatio, row),
      row.isUnknown
        ? unknownNote
        : row.isTooFew
          ? tooFewNote
          : row.belowFourFifths
            ? fourFifthsNote
            : "",
    ]),
    [],
  ];
}

function measureLines(name: string, measure: ImpactMeasureView): string[][] {
  return [
    [
      `${name}: ${measure.selection}`,
      `${measure.total} applicants`,
      `${measure.selected} selected`,
    ],
    ...tableLines(`${name} by sex`, measure.sex),
    ...tableLines(`${name} by race/ethnicity`, measure.raceEthnicity),
    ...tableLines(
      `${name} by intersectional category (race/ethnicity and sex)`,
      measure.intersectional,
    ),
  ];
}

/**
 * The report in the layout of an LL144 bias audit's tables (6 RCNY §5-301), one section per
 * table and measure, for the independent auditor the deploying company commissions.
 */
export function renderAdverseImpactCsv(report: AdverseImpactReport): string {
  const lines = [
    [
      "Adverse-impact report",
      report.position ? `Position: ${report.position.title}` : "All positions",
    ],
    ["Interviews completed", `${report.from} to ${report.to} (UTC, both included)`],
    [
      "Impact ratio",
      "selection rate of the category ÷ the highest rate among categories not marked too few",
    ],
    [],
    ...measureLines("Decisions", report.decisions),
    ...measureLines("Scores", report.scores),
  ];
  return `${lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
