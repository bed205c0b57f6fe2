import "server-only";

/**
 * Changes whenever the heuristic scores differently; the pipeline hashes it into the rubric
 * version, and every evaluation's measurements name it, so a stored score says which heuristic
 * made it.
 */
export const offlineScorerVersion = "offline-heuristic-3";
