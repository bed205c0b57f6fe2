import "server-only";
import { listUserWorkspaces } from "@/lib/db/members";

/** better-auth session `create.before` hook: a new session works in the user's first workspace. */
export async function pickFirstWorkspace(session: {
  userId: string;
  activeOrganizationId?: string | null;
}) {
  if (session.activeOrganizationId) return;
  const [first] = await listUserWorkspaces({ userId: session.userId });
  if (!first) return;
  return { data: { ...session, activeOrganizationId: first.id } };
}
