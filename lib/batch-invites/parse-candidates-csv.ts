import "server-only";
import { parse } from "csv-parse/sync";
import { DomainError } from "@/lib/domain-error";
import {
  type BatchCandidate,
  type BatchField,
  type BatchProblem,
  maxBatchCandidates,
} from "./schemas";

/** The CSV's columns: headers match whatever their case, spaces or underscores. */
const columns: { header: string; field: BatchField; isRequired: boolean }[] = [
  { header: "name", field: "name", isRequired: true },
  { header: "email", field: "email", isRequired: true },
  { header: "resume", field: "resumeText", isRequired: false },
  { header: "external_candidate_id", field: "externalCandidateId", isRequired: false },
  { header: "external_application_id", field: "externalApplicationId", isRequired: false },
  { header: "time_zone", field: "candidateTimeZone", isRequired: false },
];

const normaliseHeader = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * Reads the rows of a candidates CSV (a header line, then one candidate per line; blank lines and
 * unknown columns are skipped). A required column that is missing is a row-0 problem and no rows
 * are read. A file that is not CSV, or has more than 1,000 rows, is refused.
 */
export function parseCandidatesCsv(text: string): {
  candidates: BatchCandidate[];
  problems: BatchProblem[];
} {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new DomainError({
      kind: "invalid_input",
      message: `The file is not valid CSV${line ? ` (near line ${line})` : ""}.`,
    });
  }
  const [header = [], ...rows] = records;
  if (rows.length > maxBatchCandidates) {
    throw new DomainError({
      kind: "too_large",
      message: `The file has ${rows.length} rows; send at most ${maxBatchCandidates} at a time.`,
    });
  }
  const indexByHeader = new Map(header.map((name, index) => [normaliseHeader(name), index]));
  const present = columns.flatMap((column) => {
    const index = indexByHeader.get(normaliseHeader(column.header));
    return index === undefined ? [] : [{ ...column, index }];
  });
  const problems: BatchProblem[] = columns
    .filter((column) => column.isRequired && !present.some((p) => p.field === column.field))
    .map((column) => ({
      row: 0,
      field: column.field,
      code: "missing_column",
      message: `The CSV has no "${column.header}" column (the header line names the columns).`,
    }));
  if (problems.length > 0) return { candidates: [], problems };
  const candidates = rows.map((cells) =>
    Object.fromEntries(present.map((column) => [column.field, cells[column.index] ?? ""])),
  );
  return { candidates, problems };
}
