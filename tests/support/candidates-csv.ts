// A candidates CSV as an ATS export would give it, with bad rows at known places: the batch
// invite's test and its bench (bench/batch-invite.ts) read the same file.

export type ExpectedProblem = { row: number; field: string; code: string };

const badKinds = [
  "missing name",
  "bad email",
  "duplicate in batch",
  "duplicate for position",
  "résumé too long",
] as const;

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/**
 * `rows` data lines; every `rows / badCount`-th line is bad, the kinds taken in turn. Rows of the
 * "duplicate for position" kind use `takenEmails` in order: the caller creates interviews for
 * those addresses first.
 */
export function buildCandidatesCsv(options: {
  rows: number;
  badCount: number;
  tag: string;
  takenEmails: readonly string[];
}) {
  const every = Math.floor(options.rows / options.badCount);
  const expected: ExpectedProblem[] = [];
  const lines = ["Name,EMAIL,resume,External Candidate ID,external_application_id,time_zone"];
  let taken = 0;
  for (let row = 1; row <= options.rows; row += 1) {
    let name = `Candidate ${row}`;
    let email = `cand-${options.tag}-${row}@example.com`;
    let resume = row % 7 === 0 ? `Shipped billing, payments and "ops" tooling (${row}).` : "";
    const kind = row % every === 0 ? badKinds[(row / every - 1) % badKinds.length] : undefined;
    if (kind === "missing name") {
      name = "";
      expected.push({ row, field: "name", code: "required" });
    } else if (kind === "bad email") {
      email = `not-an-email-${row}`;
      expected.push({ row, field: "email", code: "invalid_email" });
    } else if (kind === "duplicate in batch") {
      email = `cand-${options.tag}-${row - 1}@example.com`;
      expected.push({ row, field: "email", code: "duplicate_in_batch" });
    } else if (kind === "duplicate for position") {
      email = options.takenEmails[taken++] ?? "";
      expected.push({ row, field: "email", code: "duplicate_for_position" });
    } else if (kind === "résumé too long") {
      resume = "x".repeat(50_001);
      expected.push({ row, field: "resumeText", code: "too_long" });
    }
    const zone = row % 3 === 0 ? "Asia/Seoul" : "";
    lines.push([name, email, resume, `cand-${row}`, `app-${row}`, zone].map(quote).join(","));
  }
  return { csv: `${lines.join("\n")}\n`, expected, takenCount: taken };
}

/** How many "duplicate for position" rows a file of this shape has: create that many first. */
export function countTakenRows(options: { rows: number; badCount: number }): number {
  const every = Math.floor(options.rows / options.badCount);
  let count = 0;
  for (let bad = 1; bad * every <= options.rows; bad += 1) {
    if (badKinds[(bad - 1) % badKinds.length] === "duplicate for position") count += 1;
  }
  return count;
}
