import { afterAll } from "vitest";

export type EvalRow = {
  case: string;
  language: "en" | "ko";
  score: number | string;
  band: string;
  verdict: "pass" | "FAIL";
};

/**
 * Collects one row per evaluation case and prints the table when the file's tests end, so a
 * run of `npm run test:eval` shows every case's score next to what was expected of it.
 */
export function createEvalTable(title: string) {
  const rows: EvalRow[] = [];
  afterAll(() => {
    const header = ["case", "lang", "score", "band", "verdict"];
    const lines = rows.map((row) => [
      row.case,
      row.language,
      String(row.score),
      row.band,
      row.verdict,
    ]);
    const widths = header.map((cell, i) =>
      Math.max(cell.length, ...lines.map((line) => line[i]?.length ?? 0)),
    );
    const format = (cells: string[]) =>
      cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ");
    // biome-ignore lint/suspicious/noConsole: printing the table is this suite's output
    console.log(
      [
        `\n${title}`,
        format(header),
        widths.map((w) => "-".repeat(w)).join("  "),
        ...lines.map(format),
      ].join("\n"),
    );
  });
  return {
    record(row: EvalRow) {
      rows.push(row);
    },
  };
}
