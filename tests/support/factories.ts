// Builds tenants through the app's own lib functions, so tests start from rows the app would write.

import { getDb } from "@/db/client";
import type { WorkspaceRole } from "@/db/schema";
import { questionBank } from "@/db/schema";
import { createApiToken } from "@/lib/db/api-tokens";
import { createCompany } from "@/lib/db/companies";
import { createInterview } from "@/lib/db/interviews";
import { assignMemberToPosition } from "@/lib/db/position-assignments";
import { createPosition } from "@/lib/db/positions";
import { createUser } from "@/lib/db/users";
import { createWorkspaceUser } from "@/lib/workspaces/create-workspace-user";

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${(counter++).toString(36)}`;

export const testPassword = "correct-horse-battery";

const bank = [
  { competency: "system-design", content: "Design a rate limiter for a public API." },
  { competency: "system-design", content: "How would you shard a growing orders table?" },
  {
    competency: "communication",
    content: "Tell me about explaining a trade-off to a non-engineer.",
  },
  { competency: "communication", content: "Describe feedback you gave that changed a design." },
  { competency: "ownership", content: "Tell me about an incident you owned end to end." },
  { competency: "ownership", content: "What did you do the last time a deadline slipped?" },
];

/** A company with a recruiter (and their API token), an English position and its own bank. */
export async function createTenant(options: { language?: string } = {}) {
  const id = unique();
  const company = await createCompany({ name: `Company ${id}` });
  // The tenant's "recruiter" owns the workspace: tests of one company's data need every power.
  const { user: recruiter } = await createWorkspaceUser({
    email: `recruiter-${id}@example.com`,
    name: `Recruiter ${id}`,
    password: testPassword,
    workspace: { companyId: company.id },
    role: "owner",
  });
  const { token } = await createApiToken({
    userId: recruiter.id,
    companyId: company.id,
    name: "test",
  });
  const language = options.language ?? "en";
  const position = await createPosition({
    companyId: company.id,
    title: "Backend Engineer",
    competencies: ["system-design", "communication", "ownership"],
    language,
  });
  const db = await getDb();
  await db.insert(questionBank).values(
    bank.map((question) => ({
      ...question,
      content: `${question.content} (${id})`,
      category: "technical",
      language,
      companyId: company.id,
    })),
  );
  return { company, recruiter, token, position };
}

export type Tenant = Awaited<ReturnType<typeof createTenant>>;

/** Another member of the tenant's workspace with `role`, and an API token bound to the workspace. */
export async function addTeammate(tenant: Tenant, role: WorkspaceRole) {
  const id = unique();
  const { user } = await createWorkspaceUser({
    email: `${role}-${id}@example.com`,
    name: `${role} ${id}`,
    password: testPassword,
    workspace: { companyId: tenant.company.id },
    role,
  });
  const { token } = await createApiToken({
    userId: user.id,
    companyId: tenant.company.id,
    name: "test",
  });
  return { user, token };
}

/** Gives a teammate (an evaluator) the interviews of one of the tenant's positions. */
export async function assignToPosition(
  tenant: Tenant,
  options: { userId: string; positionId?: string },
) {
  await assignMemberToPosition({
    companyId: tenant.company.id,
    positionId: options.positionId ?? tenant.position.id,
    userId: options.userId,
  });
}

/** An invited interview in the tenant's position (or `positionId`), with the candidate's invite token. */
export async function createInvitedInterview(
  tenant: Tenant,
  options: { questionCount?: number; positionId?: string } = {},
) {
  const { interview, inviteToken } = await createInterview({
    companyId: tenant.company.id,
    createdByUserId: tenant.recruiter.id,
    positionId: options.positionId ?? tenant.position.id,
    candidateEmail: `candidate-${unique()}@example.com`,
    candidateName: "Casey Candidate",
    questionCount: options.questionCount ?? 3,
    inviteTtlDays: 7,
  });
  return { interview, inviteToken };
}

/** An operator who belongs to no company, with an API token. */
export async function createOperator() {
  const id = unique();
  const operator = await createUser({
    email: `operator-${id}@example.com`,
    name: `Operator ${id}`,
    password: testPassword,
    platformRole: "operator",
  });
  const { token } = await createApiToken({ userId: operator.id, companyId: null, name: "test" });
  return { operator, token };
}
