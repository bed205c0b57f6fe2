"use client";
import { Bar } from "recharts";
import { TableHead } from "@/app/_components/table-head";
import { BarChartBase } from "./bar-chart-base";

export type StackSeries = { key: string; label: string; fill: string };

/**
 * Horizontal stacked bars (one row per category), with a tooltip and a legend; screen readers get
 * the same counts as a table captioned `caption`.
 */
export function StackedBarChart(props: {
  rows: ({ label: string } & Record<string, number | string>)[];
  series: StackSeries[];
  /** Names the categories, as the first column of the screen-reader table. */
  categoryLabel: string;
  caption: string;
  labelWidth?: number;
}) {
  return (
    <BarChartBase
      rows={props.rows}
      valueAxis={{ allowDecimals: false }}
      labelWidth={props.labelWidth ?? 140}
      marginRightPx={16}
      hasTooltip
      hasLegend
      figures={
        <table>
          <caption>{props.caption}</caption>
          <TableHead
            className=""
            cellClassName=""
            columns={[props.categoryLabel, ...props.series.map((series) => series.label)]}
          />
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {props.series.map((series) => (
                  <td key={series.key}>{row[series.key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {props.series.map((series) => (
        <Bar
          key={series.key}
          dataKey={series.key}
          name={series.label}
          stackId="runs"
          fill={series.fill}
          isAnimationActive={false}
        />
      ))}
    </BarChartBase>
  );
}
