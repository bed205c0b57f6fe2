"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type StackSeries = { key: string; label: string; fill: string };

/** Horizontal stacked bars (one row per category); hidden from screen readers like ScoreBarChart. */
export function StackedBarChart(props: {
  rows: ({ label: string } & Record<string, number | string>)[];
  series: StackSeries[];
  labelWidth?: number;
}) {
  const height = props.rows.length * 40 + 72;
  return (
    <div aria-hidden="true" className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          // Hidden from assistive tech (the table beside it has the figures), so not focusable either.
          accessibilityLayer={false}
          data={props.rows}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
          barCategoryGap={8}
        >
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" allowDecimals={false} tick={{ fill: "#475569", fontSize: 12 }} />
          <YAxis
            type="category"
            dataKey="label"
            width={props.labelWidth ?? 140}
            tick={{ fill: "#1e293b", fontSize: 12 }}
            interval={0}
          />
          <Tooltip cursor={{ fill: "#f1f5f9" }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
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
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
