"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";

export type ScoreBar = { label: string; value: number; fill: string };

/**
 * Horizontal bars on a 0–max scale with the value printed at each bar's end. The SVG is hidden
 * from screen readers: callers render the same figures as text or a table beside it.
 */
export function ScoreBarChart(props: {
  bars: ScoreBar[];
  max?: number;
  unit?: string;
  labelWidth?: number;
}) {
  const max = props.max ?? 100;
  const height = props.bars.length * 40 + 36;
  return (
    <div aria-hidden="true" className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          // Hidden from assistive tech (the table beside it has the figures), so not focusable either.
          accessibilityLayer={false}
          data={props.bars}
          layout="vertical"
          margin={{ top: 4, right: 40, bottom: 4, left: 4 }}
          barCategoryGap={8}
        >
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis
            type="number"
            domain={[0, max]}
            tickCount={5}
            tick={{ fill: "#475569", fontSize: 12 }}
            unit={props.unit}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={props.labelWidth ?? 120}
            tick={{ fill: "#1e293b", fontSize: 12 }}
            interval={0}
          />
          <Bar dataKey="value" radius={[0, 4, 4, 0]} isAnimationActive={false}>
            {props.bars.map((bar) => (
              <Cell key={bar.label} fill={bar.fill} />
            ))}
            <LabelList
              dataKey="value"
              position="right"
              fill="#0f172a"
              fontSize={12}
              formatter={(value: unknown) => `${String(value)}${props.unit ?? ""}`}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
