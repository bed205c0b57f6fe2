import "server-only";
import type { Company, User, WorkspaceRole } from "@/db/schema";
import { invalidateMembershipCache } from "@/lib/cache/invalidate";
import { createCompany, getCompanyById } from "@/lib/db/companies";
import { addMember } from "@/lib/db/members";
import { ensureSharedQuestionBank } from "@/lib/db/shared-question-bank";
import { createUser, getUserByEmail } from "@/lib/db/users";
import { DomainError } from "@/lib/domain-error";

export type WorkspaceChoice = { companyId: string } | { newWorkspaceName: string };

/**
 * A person in a workspace with a role: the one path the setup page, `npm run user:create` and the
 * demo seed take. An existing user (same email) joins the workspace instead of being created again.
 */
export async function createWorkspaceUser(options: {
  email: string;
  name: string;
  password?: string;
  workspace: WorkspaceChoice;
  role: WorkspaceRole;
  /** "refuse": an invitee's new account must not become someone else's existing one (409). */
  onExistingUser?: "join" | "refuse";
}): Promise<{ user: User; company: Company; isNewUser: boolean }> {
  const company =
    "companyId" in options.workspace
      ? await getCompanyById({ id: options.workspace.companyId })
      : await createNewWorkspace(options.workspace.newWorkspaceName);
  if (!company) throw new Error("That workspace does not exist.");
  const existing = await getUserByEmail({ email: options.email });
  if (existing && options.onExistingUser === "refuse") {
    throw new DomainError({ kind: "conflict", message: "An account with this address exists." });
  }
  const user =
    existing ??
    (await createUser({
      email: options.email,
      name: options.name,
      password: options.password,
      platformRole: "member",
    }));
  await addMember({ companyId: company.id, userId: user.id, role: options.role });
  await invalidateMembershipCache(company.id, user.id);
  return { user, company, isNewUser: !existing };
}

async function createNewWorkspace(name: string): Promise<Company> {
  await ensureSharedQuestionBank();
  return createCompany({ name });
}
