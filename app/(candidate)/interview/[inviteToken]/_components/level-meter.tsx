"use client";

export function LevelMeter({ level, label }: { level: number; label: string }) {
  return (
    <meter
      aria-label={label}
      min={0}
      max={1}
      low={0.15}
      optimum={0.6}
      value={level}
      className="h-4 w-full"
      data-testid="level-meter"
    />
  );
}
