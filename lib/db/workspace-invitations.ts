import "server-only";
import { and, eq, gt } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { companies, type Invitation, invitations, users } from "@/db/schema";

const inviters = alias(users, "inviters");

/** An invitation with what its page shows: the workspace's and the inviter's names. */
export async function getInvitationWithNames(options: { id: string }) {
  const db = await getDb();
  const [row] = await db
    .select({
      invitation: invitations,
      workspaceName: companies.name,
      inviterName: inviters.name,
    })
    .from(invitations)
    .innerJoin(companies, eq(companies.id, invitations.organizationId))
    .innerJoin(inviters, eq(inviters.id, invitations.inviterId))
    .where(eq(invitations.id, options.id))
    .limit(1);
  return row ?? null;
}

/**
 * Takes a pending, unexpired invitation for its invitee (pending → accepted) in one conditional
 * update, so of two accepts racing for it exactly one gets the row and the other gets null.
 */
export async function claimPendingInvitation(options: {
  id: string;
  now: Date;
}): Promise<Invitation | null> {
  const db = await getDb();
  const [claimed] = await db
    .update(invitations)
    .set({ status: "accepted" })
    .where(
      and(
        eq(invitations.id, options.id),
        eq(invitations.status, "pending"),
        gt(invitations.expiresAt, options.now),
      ),
    )
    .returning();
  return claimed ?? null;
}

/** Gives a claimed invitation back (accepted → pending) when creating its account failed. */
export async function releaseClaimedInvitation(options: { id: string }): Promise<void> {
  const db = await getDb();
  await db
    .update(invitations)
    .set({ status: "pending" })
    .where(and(eq(invitations.id, options.id), eq(invitations.status, "accepted")));
}
