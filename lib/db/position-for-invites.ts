import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbTransaction } from "@/db/client";
import { companies, positions } from "@/db/schema";
import { addBusinessDays, daysUntil } from "@/lib/compliance/notice/business-days";
import { DomainError, notFoundError } from "@/lib/domain-error";
import { listBankQuestionsForCompany } from "./question-bank";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The workspace's position that interviews are about to be created for, locked for the rest of
 * the transaction (`share` for one interview, `update` for a batch that checks addresses), with
 * the bank questions in its language. A bank without any is a conflict: nothing could be asked.
 */
export async function lockPositionForInvites(
  tx: DbTransaction,
  options: {
    companyId: string;
    positionId: string;
    lock: "share" | "update";
    /** The invites' deadline: checked against the workspace's notice lead time. */
    inviteTtlDays: number;
  },
) {
  await assertNoticeLeadTime(tx, options);
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

/**
 * With a notice lead time (companies.notice_lead_days, business days), the invitation carries the
 * AI notice that long before the deadline: an invite that would end sooner is refused, naming the
 * earliest deadline allowed.
 */
async function assertNoticeLeadTime(
  tx: DbTransaction,
  options: { companyId: string; inviteTtlDays: number },
) {
  const [company] = await tx
    .select({ noticeLeadDays: companies.noticeLeadDays })
    .from(companies)
    .where(eq(companies.id, options.companyId));
  const leadDays = company?.noticeLeadDays ?? 0;
  if (leadDays === 0) return;
  const now = new Date();
  const earliest = addBusinessDays(now, leadDays);
  const deadline = new Date(now.getTime() + options.inviteTtlDays * dayMs);
  if (deadline >= earliest) return;
  throw new DomainError({
    kind: "invalid_input",
    code: "notice_lead_time",
    message: `This workspace gives candidates the AI notice ${leadDays} business days before the deadline: the earliest deadline allowed is ${earliest.toISOString()} (inviteTtlDays of at least ${daysUntil(now, earliest)}).`,
  });
}

export function noBankQuestionsError(language: string): DomainError {
  return new DomainError({
    kind: "conflict",
    message: `The question bank has no questions in "${language}" for this position.`,
  });
}
