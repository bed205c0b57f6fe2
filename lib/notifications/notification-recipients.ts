import "server-only";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  companies,
  interviews,
  members,
  type NotificationEmailMode,
  notificationSettings,
  positionAssignments,
  positions,
  reports,
  users,
  workspaceRoles,
} from "@/db/schema";
import { isScopedToAssignedPositions } from "@/lib/auth/workspace-access";

export type NotificationRecipient = {
  userId: string;
  email: string;
  emailMode: NotificationEmailMode;
};

export type NotifiedInterview = {
  interviewId: string;
  companyId: string;
  companyName: string;
  positionId: string;
  positionTitle: string;
  positionLanguage: string;
  /** The report page's "Needs human review": such a report is told as that, not as ready. */
  reportNeedsReview: boolean;
};

/** The interview a notice is about, if it still exists in that workspace. */
export async function findNotifiedInterview(options: {
  companyId: string;
  interviewId: string;
}): Promise<NotifiedInterview | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      interviewId: interviews.id,
      companyId: interviews.companyId,
      companyName: companies.name,
      positionId: positions.id,
      positionTitle: positions.title,
      positionLanguage: positions.language,
      // Without AI scoring there is no report row: a person must score, so it needs review.
      reportNeedsReview: sql<boolean>`coalesce(${reports.needsReview} or ${reports.recommendation} = 'needs_review', not ${interviews.aiScoring})`,
    })
    .from(interviews)
    .innerJoin(positions, eq(positions.id, interviews.positionId))
    .innerJoin(companies, eq(companies.id, interviews.companyId))
    .leftJoin(reports, eq(reports.interviewId, interviews.id))
    .where(
      and(eq(interviews.id, options.interviewId), eq(interviews.companyId, options.companyId)),
    );
  return row ?? null;
}

// Decided by the one module that scopes roles, not a list kept here.
const positionWideRoles = workspaceRoles.filter((role) => !isScopedToAssignedPositions(role));
const assignedOnlyRoles = workspaceRoles.filter(isScopedToAssignedPositions);

/**
 * Who hears about an interview of a position: the members who read every position (owners,
 * admins, recruiters) and the evaluators assigned to it now, each with their mail choice.
 * `withEvaluators: false` leaves the evaluators out (a notice asking for what only the hiring team
 * may do).
 */
export async function listNotificationRecipients(options: {
  companyId: string;
  positionId: string;
  withEvaluators?: boolean;
}): Promise<NotificationRecipient[]> {
  const db = await getDb();
  const assigned = db
    .select({ userId: positionAssignments.userId })
    .from(positionAssignments)
    .where(eq(positionAssignments.positionId, options.positionId));
  return db
    .select({
      userId: members.userId,
      email: users.email,
      emailMode: sql<NotificationEmailMode>`coalesce(${notificationSettings.emailMode}, 'each')`,
    })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .leftJoin(
      notificationSettings,
      and(
        eq(notificationSettings.companyId, members.organizationId),
        eq(notificationSettings.userId, members.userId),
      ),
    )
    .where(
      and(
        eq(members.organizationId, options.companyId),
        or(
          inArray(members.role, positionWideRoles),
          options.withEvaluators === false
            ? undefined
            : and(inArray(members.role, assignedOnlyRoles), inArray(members.userId, assigned)),
        ),
      ),
    );
}
