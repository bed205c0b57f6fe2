import { Panel } from "@/app/_components/panel";
import { TableHead } from "@/app/_components/table-head";
import type { CacheStats } from "@/lib/cache/read-cache-stats";
import { ScoreBarChart } from "../../_components/charts/score-bar-chart";
import { ScrollRegion } from "../../_components/scroll-region";

const kindLabels: Record<string, string> = {
  question: "Questions",
  interview: "Interviews",
  company: "Companies",
  report: "Reports",
  user: "API-token users",
};

function hitRateFill(percent: number): string {
  if (percent >= 80) return "#047857";
  if (percent >= 50) return "#b45309";
  return "#b91c1c";
}

export function CacheSection({ stats }: { stats: CacheStats }) {
  const kinds = Object.entries(stats.kinds).map(([kind, figures]) => ({
    kind,
    label: kindLabels[kind] ?? kind,
    ...figures,
    percent: Math.round(figures.hitRate * 1000) / 10,
  }));
  const totals = kinds.reduce(
    (sum, kind) => ({
      hits: sum.hits + kind.hits,
      misses: sum.misses + kind.misses,
      errors: sum.errors + kind.errors,
    }),
    { hits: 0, misses: 0, errors: 0 },
  );
  const lookups = totals.hits + totals.misses;
  return (
    <Panel heading="Cache" padding="roomy">
      <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Figure
          label="Hit rate"
          value={lookups === 0 ? "—" : `${Math.round((totals.hits / lookups) * 1000) / 10}%`}
        />
        <Figure label="Hits" value={totals.hits} />
        <Figure label="Misses" value={totals.misses} />
        <Figure
          label="Errors"
          value={totals.errors}
          tone={totals.errors > 0 ? "text-red-800" : undefined}
        />
      </dl>
      <h3 className="mt-5 text-sm font-semibold">Hit rate by kind</h3>
      {lookups === 0 ? (
        <p className="mt-1 text-sm text-slate-700">No cached reads since this server started.</p>
      ) : (
        <ScoreBarChart
          unit="%"
          labelWidth={130}
          bars={kinds.map((kind) => ({
            label: kind.label,
            value: kind.percent,
            fill: hitRateFill(kind.percent),
          }))}
        />
      )}
      <ScrollRegion label="Cache reads by kind" className="mt-3">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Cache reads by kind</caption>
          <TableHead
            columns={[
              "Kind",
              { label: "Hits", align: "right" },
              { label: "Misses", align: "right" },
              { label: "Errors", align: "right" },
              { label: "Hit rate", align: "right" },
            ]}
          />
          <tbody>
            {kinds.map((kind) => (
              <tr key={kind.kind} className="border-t border-slate-100 tabular-nums">
                <th scope="row" className="px-3 py-2 font-medium">
                  {kind.label}
                </th>
                <td className="px-3 py-2 text-right">{kind.hits}</td>
                <td className="px-3 py-2 text-right">{kind.misses}</td>
                <td
                  className={`px-3 py-2 text-right ${kind.errors > 0 ? "font-semibold text-red-800" : ""}`}
                >
                  {kind.errors}
                </td>
                <td className="px-3 py-2 text-right">
                  {kind.hits + kind.misses === 0 ? "—" : `${kind.percent}%`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </Panel>
  );
}

export function Figure(props: { label: string; value: string | number; tone?: string }) {
  return (
    <div className="rounded-md bg-slate-50 p-3">
      <dt className="text-xs text-slate-600">{props.label}</dt>
      <dd className={`mt-0.5 text-xl font-bold tabular-nums ${props.tone ?? ""}`}>{props.value}</dd>
    </div>
  );
}
