"use client";
import type { ReactNode } from "react";
import {
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  type XAxisProps,
  YAxis,
} from "recharts";

/** Slate shades of the Tailwind palette the pages use, for the parts recharts draws itself. */
export const chartColors = {
  grid: "#e2e8f0",
  valueTick: "#475569",
  categoryTick: "#1e293b",
  label: "#0f172a",
  cursor: "#f1f5f9",
} as const;

const rowHeightPx = 40;
const axisHeightPx = 36;
const legendHeightPx = 36;

/**
 * Horizontal bars, one row per category named by `label`, with the value axis along the bottom.
 * The SVG is hidden from screen readers (and so not focusable): callers show the same figures as
 * text or a table beside it, or pass them as `figures`, which only screen readers get.
 */
export function BarChartBase<Row extends { label: string }>(props: {
  rows: Row[];
  /** The value axis: domain, ticks, unit. */
  valueAxis: Omit<XAxisProps, "type" | "tick">;
  labelWidth: number;
  /** Room right of the longest bar, for a value printed at its end. */
  marginRightPx: number;
  hasTooltip?: boolean;
  hasLegend?: boolean;
  /** A text version of the chart, read instead of it. */
  figures?: ReactNode;
  /** The `<Bar>` series. */
  children: ReactNode;
}) {
  const height =
    props.rows.length * rowHeightPx + axisHeightPx + (props.hasLegend ? legendHeightPx : 0);
  return (
    <>
      <div aria-hidden="true" className="w-full" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            accessibilityLayer={false}
            data={props.rows}
            layout="vertical"
            margin={{ top: 4, right: props.marginRightPx, bottom: 4, left: 4 }}
            barCategoryGap={8}
          >
            <CartesianGrid horizontal={false} stroke={chartColors.grid} />
            <XAxis
              type="number"
              tick={{ fill: chartColors.valueTick, fontSize: 12 }}
              {...props.valueAxis}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={props.labelWidth}
              tick={{ fill: chartColors.categoryTick, fontSize: 12 }}
              interval={0}
            />
            {props.hasTooltip ? <Tooltip cursor={{ fill: chartColors.cursor }} /> : null}
            {props.hasLegend ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
            {props.children}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {props.figures ? <div className="sr-only">{props.figures}</div> : null}
    </>
  );
}
