import "server-only";
import { createAuthMiddleware } from "better-auth/api";
import { invalidateMembershipCache } from "@/lib/cache/invalidate";
import { revokeMemberApiTokens } from "@/lib/db/api-tokens";
import { afterSsoEndpoint } from "./sso-after-hooks";

/**
 * Runs after every better-auth endpoint. Leaving a workspace calls none of the organization
 * hooks (removal does), so the leaver's cached membership and API tokens are dropped here.
 */
export const authAfterHook = createAuthMiddleware(async (ctx) => {
  if (ctx.path.startsWith("/sso/")) return afterSsoEndpoint(ctx);
  if (ctx.path !== "/organization/leave") return;
  const userId = ctx.context.session?.user.id;
  const companyId: unknown = ctx.body?.organizationId;
  if (!userId || typeof companyId !== "string") return;
  const returned = ctx.context.returned;
  if (returned instanceof Error || (returned instanceof Response && !returned.ok)) return;
  await revokeMemberApiTokens({ userId, companyId });
  await invalidateMembershipCache(companyId, userId);
});
