import "server-only";

/** Maps a point on the anchored 1–5 scale to 0–100: 1 → 0, 3 → 50, 5 → 100. */
export function pointsToScore(points: number): number {
  return Math.round(((points - 1) / 4) * 100);
}

/**
 * An answer's score: the mean of its criteria, each on the anchored scale. Computed here, from
 * the criteria, so no number the model writes elsewhere can move it.
 */
export function computeAnswerScore(criterionPoints: number[]): number {
  if (criterionPoints.length === 0) return 0;
  const total = criterionPoints.reduce((sum, points) => sum + pointsToScore(points), 0);
  return Math.round(total / criterionPoints.length);
}
