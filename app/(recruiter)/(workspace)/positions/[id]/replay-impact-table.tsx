import type { ReplayResult } from "@/lib/compliance/replay/schemas";

type ImpactTables = NonNullable<ReplayResult["impact"]>["before"];

const ratioText = (ratio: number | null | undefined) =>
  ratio === null || ratio === undefined ? "—" : ratio.toFixed(2);

/** Impact ratios by sex and race/ethnicity before and after; under 0.8 is marked (four-fifths rule). */
export function ReplayImpactTable(props: { impact: NonNullable<ReplayResult["impact"]> }) {
  const { before, after } = props.impact;
  const rows = (["sex", "raceEthnicity"] as const).flatMap((table) =>
    before[table].rows
      .filter((row) => !row.isUnknown)
      .map((row) => ({
        category: row.category.replaceAll("_", " "),
        before: row,
        after: after[table].rows.find((other) => other.category === row.category),
      })),
  );
  const cell = (row: ImpactTables["sex"]["rows"][number] | undefined) =>
    row?.isTooFew ? (
      <span className="text-slate-600">too few</span>
    ) : (
      <span className={row?.belowFourFifths ? "font-semibold text-red-800" : ""}>
        {ratioText(row?.impactRatio)}
        {row?.belowFourFifths ? " (under four-fifths)" : ""}
      </span>
    );
  return (
    <table className="mt-2 w-full text-left text-sm">
      <caption className="sr-only">Impact ratios before and after the change</caption>
      <thead>
        <tr className="border-b border-slate-200 text-slate-700">
          <th scope="col" className="py-1 pr-3 font-medium">
            Category
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">
            Impact ratio before
          </th>
          <th scope="col" className="py-1 font-medium">
            After
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.category} className="border-b border-slate-100">
            <th scope="row" className="py-1 pr-3 font-normal capitalize">
              {row.category}
            </th>
            <td className="py-1 pr-3 tabular-nums">{cell(row.before)}</td>
            <td className="py-1 tabular-nums">{cell(row.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
