import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbTransaction } from "@/db/client";
import { positions } from "@/db/schema";
import { DomainError, notFoundError } from "@/lib/domain-error";
import { listBankQuestionsForCompany } from "./question-bank";

/**
 * The workspace's position that interviews are about to be created for, locked for the rest of
 * the transaction (`share` for one interview, `update` for a batch that checks addresses), with
 * the bank questions in its language. A bank without any is a conflict: nothing could be asked.
 */
export async function lockPositionForInvites(
  tx: DbTransaction,
  options: { companyId: string; positionId: string; lock: "share" | "update" },
) {
  const [position] = await tx
    .select()
    .from(positions)
    .where(and(eq(positions.id, options.positionId), eq(positions.companyId, options.companyId)))
    .for(options.lock);
  if (!position) throw notFoundError("Position");
  const bank = await listBankQuestionsForCompany(tx, {
    companyId: options.companyId,
    language: position.language,
  });
  return { position, bank };
}

export function noBankQuestionsError(language: string): DomainError {
  return new DomainError({
    kind: "conflict",
    message: `The question bank has no questions in "${language}" for this position.`,
  });
}
