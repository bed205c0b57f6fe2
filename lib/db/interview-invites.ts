import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type Interview, type InterviewStatus, interviews } from "@/db/schema";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import { DomainError, notFoundError } from "@/lib/domain-error";
import { cancelScheduledReminders } from "./interview-reminders";
import { transitionInterviewStatus } from "./interviews";

const dayMs = 24 * 60 * 60 * 1000;
// Once the candidate has started, the link they hold must keep working: only unused invites move.
const reissuable: readonly InterviewStatus[] = ["invited", "expired"];

async function refuseUnlessOwned(options: {
  id: string;
  companyId: string;
  action: string;
}): Promise<never> {
  const db = await getDb();
  const [row] = await db
    .select({ status: interviews.status })
    .from(interviews)
    .where(and(eq(interviews.id, options.id), eq(interviews.companyId, options.companyId)))
    .limit(1);
  if (!row) throw notFoundError("Interview");
  throw new DomainError({
    kind: "conflict",
    message: `Cannot ${options.action} the invite of an interview whose status is "${row.status}".`,
  });
}

/**
 * Issues a new invite link for an interview the candidate has not started (also an expired one,
 * which becomes invited again). The old link stops working at once: its hash is replaced (its
 * reminders no longer match the link and are cancelled when the new invitation is queued).
 */
export async function reissueInvite(options: {
  id: string;
  companyId: string;
  inviteTtlDays: number;
}): Promise<{ interview: Interview; inviteToken: string }> {
  const inviteToken = generateToken("invite");
  const interview = await transitionInterviewStatus({
    id: options.id,
    companyId: options.companyId,
    from: reissuable,
    to: "invited",
    changes: {
      inviteTokenHash: hashToken(inviteToken),
      inviteExpiresAt: new Date(Date.now() + options.inviteTtlDays * dayMs),
      // "Opened" is about the current link: the new one has not been opened yet.
      linkOpenedAt: null,
    },
  });
  if (!interview) return refuseUnlessOwned({ ...options, action: "re-issue" });
  return { interview, inviteToken };
}

/** Withdraws an unused invite: invited → expired. Expiring an expired invite changes nothing. */
export async function expireInvite(options: { id: string; companyId: string }) {
  const interview = await transitionInterviewStatus({
    id: options.id,
    companyId: options.companyId,
    from: reissuable,
    to: "expired",
    changes: { inviteExpiresAt: new Date() },
  });
  if (!interview) return refuseUnlessOwned({ ...options, action: "expire" });
  await cancelScheduledReminders({ interviewId: interview.id });
  return interview;
}
