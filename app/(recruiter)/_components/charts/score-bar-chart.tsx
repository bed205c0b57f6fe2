"use client";
import { Bar, Cell, LabelList } from "recharts";
import { BarChartBase, chartColors } from "./bar-chart-base";

export type ScoreBar = { label: string; value: number; fill: string };

/** Horizontal bars on a 0–max scale with the value printed at each bar's end. */
export function ScoreBarChart(props: {
  bars: ScoreBar[];
  max?: number;
  unit?: string;
  labelWidth?: number;
}) {
  return (
    <BarChartBase
      rows={props.bars}
      valueAxis={{ domain: [0, props.max ?? 100], tickCount: 5, unit: props.unit }}
      labelWidth={props.labelWidth ?? 120}
      marginRightPx={40}
    >
      <Bar dataKey="value" radius={[0, 4, 4, 0]} isAnimationActive={false}>
        {props.bars.map((bar) => (
          <Cell key={bar.label} fill={bar.fill} />
        ))}
        <LabelList
          dataKey="value"
          position="right"
          fill={chartColors.label}
          fontSize={12}
          formatter={(value: unknown) => `${String(value)}${props.unit ?? ""}`}
        />
      </Bar>
    </BarChartBase>
  );
}
