import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notifications } from "@/db/schema";
import type { WorkspaceEventType } from "@/lib/webhooks/event-types";
import { addTeammate, assignToPosition, createInvitedInterview, createTenant } from "./factories";

/**
 * A workspace with one member of each role (an evaluator assigned to the position, one not), an
 * interview of its position, and another workspace whose owner must hear nothing of it.
 */
export async function createNotifiedTeam(options: { language?: string } = {}) {
  const tenant = await createTenant(options);
  const other = await createTenant();
  const admin = await addTeammate(tenant, "admin");
  const recruiter = await addTeammate(tenant, "recruiter");
  const evaluatorAssigned = await addTeammate(tenant, "evaluator");
  const evaluatorUnassigned = await addTeammate(tenant, "evaluator");
  await assignToPosition(tenant, { userId: evaluatorAssigned.user.id });
  const { interview } = await createInvitedInterview(tenant);
  return {
    tenant,
    other,
    interview,
    owner: { user: tenant.recruiter, token: tenant.token },
    admin,
    recruiter,
    evaluatorAssigned,
    evaluatorUnassigned,
  };
}

export type NotifiedTeam = Awaited<ReturnType<typeof createNotifiedTeam>>;

/** The workspace/activity event's data for one interview of the team. */
export function activityOf(
  team: { tenant: { company: { id: string } } },
  interviewId: string,
  type: WorkspaceEventType = "report.ready",
) {
  return {
    type,
    companyId: team.tenant.company.id,
    interviewId,
    occurredAt: new Date().toISOString(),
  };
}

/** Every notice about an interview, as (user, kind, mailed?) rows. */
export async function noticesOf(interviewId: string) {
  const db = await getDb();
  const rows = await db
    .select()
    .from(notifications)
    .where(eq(notifications.interviewId, interviewId));
  return rows;
}
