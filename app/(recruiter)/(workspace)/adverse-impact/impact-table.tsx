import { TableHead } from "@/app/_components/table-head";
import { fourFifthsNote, tooFewMark } from "@/lib/compliance/adverse-impact/impact-csv";
import type { ImpactTableView } from "@/lib/compliance/adverse-impact/report-view";
import { ScrollRegion } from "../../_components/scroll-region";

function formatRate(value: number | null): string {
  return value === null ? "—" : value.toFixed(3);
}

/** One LL144 table: a row per category, ratios under four-fifths highlighted with the rule named. */
export function ImpactTable(props: {
  caption: string;
  /** Unique on the page: both measures have a table by sex. */
  regionLabel: string;
  table: ImpactTableView;
}) {
  return (
    <ScrollRegion label={props.regionLabel}>
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="mb-2 text-left font-medium">{props.caption}</caption>
        <TableHead
          columns={[
            "Category",
            { label: "Applicants", align: "right" },
            { label: "Selected", align: "right" },
            { label: "Selection rate", align: "right" },
            { label: "Impact ratio", align: "right" },
            "Note",
          ]}
        />
        <tbody>
          {props.table.rows.map((row) => (
            <tr
              key={row.category}
              className={`border-t border-slate-200 ${row.belowFourFifths ? "bg-amber-50" : ""}`}
              data-below-four-fifths={row.belowFourFifths || undefined}
            >
              <th scope="row" className="px-3 py-2 font-medium">
                {row.label}
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{row.applicants}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.selected}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                {row.isTooFew ? tooFewMark : formatRate(row.selectionRate)}
              </td>
              <td
                className={`px-3 py-2 text-right tabular-nums ${row.belowFourFifths ? "font-bold text-amber-900" : ""}`}
              >
                {row.isTooFew ? tooFewMark : formatRate(row.impactRatio)}
              </td>
              <td className="px-3 py-2 text-slate-700">
                {row.belowFourFifths ? (
                  <span className="font-medium text-amber-900">⚠ {fourFifthsNote}</span>
                ) : row.applicants === 0 ? (
                  "No applicants"
                ) : row.isTooFew ? (
                  "Under 5 people or 2 % of the total: not compared"
                ) : row.isUnknown ? (
                  "Declined or left blank: not compared"
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
