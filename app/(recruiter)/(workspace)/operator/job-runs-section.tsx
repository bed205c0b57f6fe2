import { Panel } from "@/app/_components/panel";
import { TableHead } from "@/app/_components/table-head";
import { formatDuration } from "@/lib/dashboard/format-duration";
import type { JobRun } from "@/lib/db/job-runs";
import { StackedBarChart } from "../../_components/charts/stacked-bar-chart";
import { ScrollRegion } from "../../_components/scroll-region";

const statusTone: Record<JobRun["status"], string> = {
  running: "bg-sky-100 text-sky-900",
  succeeded: "bg-emerald-100 text-emerald-900",
  failed: "bg-red-100 text-red-900",
};
const timeFormat = new Intl.DateTimeFormat("en", {
  dateStyle: "short",
  timeStyle: "medium",
  timeZone: "UTC",
});

export function JobRunsSection(props: {
  recent: JobRun[];
  failed: JobRun[];
  byFunction: { functionId: string; status: JobRun["status"]; count: number }[];
}) {
  const functions = [...new Set(props.byFunction.map((row) => row.functionId))];
  const rows = functions.map((functionId) => {
    const row: { label: string } & Record<string, number | string> = {
      label: functionId,
      succeeded: 0,
      failed: 0,
      running: 0,
    };
    for (const entry of props.byFunction.filter((e) => e.functionId === functionId)) {
      row[entry.status] = entry.count;
    }
    return row;
  });
  return (
    <Panel heading="Background jobs" padding="roomy">
      {rows.length === 0 ? (
        <p className="mt-2 text-slate-700">No job has run since the data was reset.</p>
      ) : (
        <>
          <h3 className="mt-3 text-sm font-semibold">Runs per function</h3>
          <StackedBarChart
            rows={rows}
            series={[
              { key: "succeeded", label: "Succeeded", fill: "#047857" },
              { key: "failed", label: "Failed", fill: "#b91c1c" },
              { key: "running", label: "Running", fill: "#0369a1" },
            ]}
            categoryLabel="Function"
            caption="Runs per function"
          />
        </>
      )}

      <h3 className="mt-5 text-sm font-semibold">Failed runs</h3>
      {props.failed.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">None.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {props.failed.map((run) => (
            <li key={run.id} className="rounded-md border border-red-200 bg-red-50 p-3 text-sm">
              <p className="font-medium text-red-900">
                {run.functionId} · {timeFormat.format(run.startedAt)} UTC · {run.attempts} attempt
                {run.attempts === 1 ? "" : "s"}
              </p>
              <p className="mt-1 break-words font-mono text-xs text-red-900">
                {run.error ?? "No reason recorded."}
              </p>
            </li>
          ))}
        </ul>
      )}

      <h3 className="mt-5 text-sm font-semibold">Recent runs</h3>
      {props.recent.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">None yet.</p>
      ) : (
        <ScrollRegion label="Recent runs" className="mt-2">
          <table className="w-full text-left text-sm">
            <TableHead
              columns={["Function", "Status", "Started (UTC)", "Took", "Attempts", "Engine"]}
            />
            <tbody>
              {props.recent.map((run) => (
                <tr key={run.id} className="border-t border-slate-100 align-top">
                  <td className="px-3 py-2">
                    <span className="font-medium">{run.functionId}</span>
                    <span className="block text-xs text-slate-600">{run.eventName}</span>
                  </td>
                  <td className="px-3 py-2">
                    <span
                      className={`rounded-full px-2 py-0.5 text-xs font-medium ${statusTone[run.status]}`}
                    >
                      {run.status}
                    </span>
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {timeFormat.format(run.startedAt)}
                  </td>
                  <td className="px-3 py-2 tabular-nums">
                    {run.finishedAt
                      ? formatDuration(run.finishedAt.getTime() - run.startedAt.getTime())
                      : "—"}
                  </td>
                  <td className="px-3 py-2 tabular-nums">{run.attempts}</td>
                  <td className="px-3 py-2">{run.engine}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </Panel>
  );
}
