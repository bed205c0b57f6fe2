// The sum the candidate bundle budget is checked against, and the chunks worth looking at first.

export type LoadedScript = { url: string; gzipBytes: number };

export type ScriptSummary = {
  totalBytes: number;
  isOverBudget: boolean;
  /** The largest scripts first, at most `topCount`. */
  top: LoadedScript[];
};

export function summarizeScripts(options: {
  scripts: LoadedScript[];
  budgetBytes: number;
  topCount?: number;
}): ScriptSummary {
  // A chunk requested twice (a prefetch, then the load) reaches the browser once from its cache.
  const unique = new Map(options.scripts.map((script) => [script.url, script]));
  const sorted = [...unique.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
  const totalBytes = sorted.reduce((sum, script) => sum + script.gzipBytes, 0);
  return {
    totalBytes,
    isOverBudget: totalBytes > options.budgetBytes,
    top: sorted.slice(0, options.topCount ?? 8),
  };
}

export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
