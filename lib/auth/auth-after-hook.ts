import "server-only";
import { createAuthMiddleware } from "better-auth/api";
import { afterSsoEndpoint } from "./sso-after-hooks";
import { leaveWorkspace } from "./workspace-membership-hooks";

/**
 * Runs after every better-auth endpoint. Leaving a workspace calls none of the organization
 * hooks (removal does), so what removal undoes is undone here.
 */
export const authAfterHook = createAuthMiddleware(async (ctx) => {
  if (ctx.path.startsWith("/sso/")) return afterSsoEndpoint(ctx);
  if (ctx.path !== "/organization/leave") return;
  const userId = ctx.context.session?.user.id;
  const companyId: unknown = ctx.body?.organizationId;
  if (!userId || typeof companyId !== "string") return;
  const returned = ctx.context.returned;
  if (returned instanceof Error || (returned instanceof Response && !returned.ok)) return;
  await leaveWorkspace({ userId, companyId });
});
