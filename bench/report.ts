// Plain-text tables for stdout, so the output pastes into docs/benchmarks.md as it is.
import os from "node:os";

export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(3) : "n/a");
export const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}x` : "n/a");

/** Right-aligns numbers, left-aligns the first column. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, column) =>
    Math.max(...cells.map((row) => (row[column] ?? "").length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join("  ");
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(cells[0] ?? []), rule, ...cells.slice(1).map(line)].join("\n");
}

export function heading(title: string): void {
  console.info(`\n## ${title}\n`);
}

export function machine(): string {
  const cpus = os.cpus();
  const ramGiB = (os.totalmem() / 1024 ** 3).toFixed(1);
  return [
    `CPU: ${cpus[0]?.model ?? "unknown"} (${cpus.length} cores)`,
    `Node: ${process.version}`,
    `RAM: ${ramGiB} GiB`,
  ].join("\n");
}
