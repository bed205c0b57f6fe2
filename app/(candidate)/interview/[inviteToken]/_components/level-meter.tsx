"use client";

export function LevelMeter({ level }: { level: number }) {
  return (
    <meter
      aria-label="Microphone level"
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
