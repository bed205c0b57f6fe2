import "server-only";
import { createInterviewsInBatch } from "@/lib/db/batch-interviews";
import { checkBatchRows } from "./check-batch-rows";
import type { BatchCandidate, BatchProblem } from "./schemas";

/**
 * Checks every row and creates the interviews of the rows without a problem (none on a dry run).
 * Problems come back ordered by row; `readyCount` is how many rows were (or would be) created.
 */
export async function inviteBatch(options: {
  companyId: string;
  createdByUserId: string | null;
  positionId: string;
  candidates: readonly BatchCandidate[];
  questionCount: number;
  inviteTtlDays: number;
  dryRun: boolean;
}) {
  const { ready, problems } = checkBatchRows(options.candidates);
  const { created, takenRows } = await createInterviewsInBatch({ ...options, rows: ready });
  const taken: BatchProblem[] = takenRows.map((row) => ({
    row: row.row,
    field: "email",
    code: "duplicate_for_position",
    message: `${row.candidateEmail} already has an interview for this position that has not expired or failed.`,
  }));
  return {
    created,
    problems: [...problems, ...taken].sort((a, b) => a.row - b.row),
    readyCount: ready.length - takenRows.length,
  };
}
