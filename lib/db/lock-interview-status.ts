import "server-only";
import { eq } from "drizzle-orm";
import type { DbTransaction } from "@/db/client";
import { type InterviewStatus, interviews } from "@/db/schema";
import { DomainError, notFoundError } from "@/lib/domain-error";

/**
 * Checks the interview's status inside the caller's transaction and holds a share lock on the row
 * until it commits, so a concurrent start or complete cannot slip in between check and write.
 * `exclusive` also queues other writers of the same kind, for a check over the interview's rows
 * (a cap on its transcript) that two concurrent requests must not both pass.
 */
export async function lockInterviewInStatus(
  tx: DbTransaction,
  options: {
    interviewId: string;
    allowed: readonly InterviewStatus[];
    refusal: string;
    exclusive?: boolean;
  },
): Promise<void> {
  const [row] = await tx
    .select({ status: interviews.status })
    .from(interviews)
    .where(eq(interviews.id, options.interviewId))
    // "no key update" still lets foreign-key checks (key share) of the inserts through.
    .for(options.exclusive ? "no key update" : "share");
  if (!row) throw notFoundError("Interview");
  if (!options.allowed.includes(row.status)) {
    throw new DomainError({
      kind: "conflict",
      message: `${options.refusal} (status: ${row.status}).`,
    });
  }
}
