// The ladder's figures: rank correlation of level and score, and inversions within a question.

export type LadderScore = { question: string; level: number; score: number; text: string };

function ranks(values: number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length).fill(0);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.value === order[i]?.value) j++;
    // Tied values share the mean of the ranks they span.
    for (let k = i; k <= j; k++) result[order[k]?.index ?? 0] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return result;
}

/** Spearman's ρ: Pearson's correlation of the ranks, ties averaged. */
export function spearman(xs: number[], ys: number[]): number {
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const mx = mean(rx);
  const my = mean(ry);
  let cov = 0;
  let vx = 0;
  let vy = 0;
  rx.forEach((x, i) => {
    const dx = x - mx;
    const dy = (ry[i] ?? 0) - my;
    cov += dx * dy;
    vx += dx * dx;
    vy += dy * dy;
  });
  return vx === 0 || vy === 0 ? 0 : cov / Math.sqrt(vx * vy);
}

export type Inversion = { question: string; lower: LadderScore; higher: LadderScore; gap: number };

/** Pairs of one question's answers where the lower level scores strictly higher. */
export function findInversions(scores: LadderScore[]): { pairs: number; inversions: Inversion[] } {
  let pairs = 0;
  const inversions: Inversion[] = [];
  for (const lower of scores)
    for (const higher of scores) {
      if (lower.question !== higher.question || lower.level >= higher.level) continue;
      pairs++;
      if (lower.score > higher.score)
        inversions.push({
          question: lower.question,
          lower,
          higher,
          gap: lower.score - higher.score,
        });
    }
  return { pairs, inversions: inversions.sort((a, b) => b.gap - a.gap) };
}

/** Nearest-rank percentile of a list of durations. */
export function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
}
