import "server-only";
import { z } from "zod";
import { getCompanyById } from "@/lib/db/companies";
import { listCompaniesByName } from "@/lib/db/find-companies";
import { getMembership } from "@/lib/db/members";
import { createUser, getUserByEmail } from "@/lib/db/users";
import { createWorkspaceUser, type WorkspaceChoice } from "@/lib/workspaces/create-workspace-user";
import { createSetPasswordLink, hasPassword } from "./create-set-password-link";
import type { CreateUserArgs } from "./create-user-args";

export type CreatedFromCommand = {
  userId: string;
  isNewUser: boolean;
  workspace: { id: string; name: string; isNew: boolean } | null;
  /** Null when the person already has a password: they sign in as before. */
  setPasswordLink: { url: string; expiresAt: Date } | null;
};

/** `--workspace`: an id names an existing workspace, a name the one so named, or a new one. */
async function resolveWorkspace(value: string): Promise<WorkspaceChoice> {
  if (z.uuid().safeParse(value).success) {
    if (!(await getCompanyById({ id: value })))
      throw new Error(`No workspace has the id ${value}.`);
    return { companyId: value };
  }
  const named = await listCompaniesByName({ name: value });
  if (named.length > 1) {
    throw new Error(`Several workspaces are named "${value}": give the id instead.`);
  }
  return named[0] ? { companyId: named[0].id } : { newWorkspaceName: value };
}

/** What `npm run user:create` does, apart from reading its arguments and printing. */
export async function createUserFromCommand(args: CreateUserArgs): Promise<CreatedFromCommand> {
  if ("operator" in args) {
    if (await getUserByEmail({ email: args.email })) {
      throw new Error(`${args.email} already has an account.`);
    }
    const user = await createUser({ email: args.email, name: args.name, platformRole: "operator" });
    return {
      userId: user.id,
      isNewUser: true,
      workspace: null,
      setPasswordLink: await createSetPasswordLink({ userId: user.id }),
    };
  }
  const choice = await resolveWorkspace(args.workspace);
  const existing = await getUserByEmail({ email: args.email });
  const membership =
    existing && "companyId" in choice
      ? await getMembership({ companyId: choice.companyId, userId: existing.id })
      : null;
  if (membership) {
    throw new Error(`${args.email} is already a member of that workspace (${membership.role}).`);
  }
  const { user, company, isNewUser } = await createWorkspaceUser({
    email: args.email,
    name: args.name,
    workspace: choice,
    role: args.role,
  });
  const needsLink = isNewUser || !(await hasPassword({ userId: user.id }));
  return {
    userId: user.id,
    isNewUser,
    workspace: { id: company.id, name: company.name, isNew: "newWorkspaceName" in choice },
    setPasswordLink: needsLink ? await createSetPasswordLink({ userId: user.id }) : null,
  };
}
