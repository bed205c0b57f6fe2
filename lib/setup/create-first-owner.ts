import "server-only";
import { claimFirstRun, hasAnyUser, releaseFirstRunClaim } from "@/lib/db/first-run";
import { createWorkspaceUser } from "@/lib/workspaces/create-workspace-user";

export type FirstOwnerInput = {
  name: string;
  email: string;
  password: string;
  workspaceName: string;
};

export type FirstOwnerResult =
  | { outcome: "created"; userId: string; companyId: string }
  | { outcome: "done" }
  | { outcome: "busy" };

/** Setup is needed until the first person exists; after that /setup is gone. */
export async function isSetupNeeded(): Promise<boolean> {
  return !(await hasAnyUser());
}

/**
 * Creates the first owner and their workspace. Two racing requests cannot both succeed: only the
 * holder of the claim creates, and it checks again under the claim that nobody was created since.
 */
export async function createFirstOwner(input: FirstOwnerInput): Promise<FirstOwnerResult> {
  if (await hasAnyUser()) return { outcome: "done" };
  const claim = await claimFirstRun();
  if (!claim) return { outcome: "busy" };
  try {
    if (await hasAnyUser()) return { outcome: "done" };
    const { user, company } = await createWorkspaceUser({
      email: input.email,
      name: input.name,
      password: input.password,
      workspace: { newWorkspaceName: input.workspaceName },
      role: "owner",
    });
    return { outcome: "created", userId: user.id, companyId: company.id };
  } finally {
    await releaseFirstRunClaim(claim);
  }
}
