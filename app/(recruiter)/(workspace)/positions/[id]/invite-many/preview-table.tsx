import { TableHead } from "@/app/_components/table-head";
import type { BatchProblem, CsvPreview } from "@/lib/batch-invites/schemas";
import { ScrollRegion } from "../../../../_components/scroll-region";

/** Every row read from the file with its problems, if any: the rows that will be skipped stand out. */
export function PreviewTable({ preview }: { preview: CsvPreview }) {
  const problemsByRow = new Map<number, BatchProblem[]>();
  for (const problem of preview.problems) {
    problemsByRow.set(problem.row, [...(problemsByRow.get(problem.row) ?? []), problem]);
  }
  return (
    <ScrollRegion
      label="Rows read from the file"
      className="mt-3 max-h-[28rem] overflow-y-auto rounded-lg border border-slate-200 bg-white"
    >
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">Rows read from the file, with their problems</caption>
        <TableHead
          className="sticky top-0 bg-slate-100 text-slate-700"
          columns={["Row", "Name", "Email", "Candidate id", "Application id", "Problem"]}
        />
        <tbody>
          {preview.candidates.map((candidate, index) => {
            const row = index + 1;
            const problems = problemsByRow.get(row) ?? [];
            return (
              <tr
                key={row}
                className={`border-t border-slate-100 ${problems.length ? "bg-red-50" : ""}`}
              >
                <td className="px-3 py-2 tabular-nums text-slate-600">{row}</td>
                <td className="px-3 py-2">{candidate.name}</td>
                <td className="px-3 py-2 break-all">{candidate.email}</td>
                <td className="px-3 py-2 text-slate-700">{candidate.externalCandidateId}</td>
                <td className="px-3 py-2 text-slate-700">{candidate.externalApplicationId}</td>
                <td className="px-3 py-2">
                  {problems.length === 0 ? (
                    <span className="text-emerald-800">Ready</span>
                  ) : (
                    <ul className="text-red-800">
                      {problems.map((problem) => (
                        <li key={`${problem.field}-${problem.code}`}>{problem.message}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
