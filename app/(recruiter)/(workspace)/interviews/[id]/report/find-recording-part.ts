export type RecordingPart = {
  id: string;
  url: string;
  clockOffsetMs: number;
  durationMs: number | null;
};

/**
 * The part that holds a moment of the interview clock, else the nearest one: a reload leaves a
 * gap between parts, and a recorder starts a few milliseconds after the words it hears.
 */
export function findRecordingPart(parts: RecordingPart[], momentMs: number): number {
  const distance = (part: RecordingPart) => {
    if (momentMs < part.clockOffsetMs) return part.clockOffsetMs - momentMs;
    const endMs = part.clockOffsetMs + (part.durationMs ?? Number.POSITIVE_INFINITY);
    return momentMs > endMs ? momentMs - endMs : 0;
  };
  let best = 0;
  parts.forEach((part, index) => {
    const bestPart = parts[best];
    if (bestPart && distance(part) < distance(bestPart)) best = index;
  });
  return best;
}
