import "server-only";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { workspaceRoles } from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { mailLimits, takeMailAllowance } from "./account-mail-limits";
import { limitSignInsPerAccount } from "./sign-in-account-limit";
import {
  guardSsoProviderDelete,
  guardSsoProviderUpdate,
  guardSsoRegistration,
  trustRegisteredIssuers,
} from "./sso-before-hooks";

type AuthContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

/** better-auth takes a list of roles ("admin,recruiter"); a member here holds exactly one. */
function assertOneKnownRole(ctx: AuthContext): void {
  const role: unknown = ctx.body?.role;
  if (typeof role === "string" && (workspaceRoles as readonly string[]).includes(role)) return;
  throw new APIError("BAD_REQUEST", {
    message: `The role must be one of ${workspaceRoles.join(", ")}.`,
  });
}

const stringField = (ctx: AuthContext, name: string): string | null => {
  const value: unknown = ctx.body?.[name];
  return typeof value === "string" && value.trim() !== "" ? value : null;
};

/**
 * Runs before every better-auth endpoint: who may sign up (invitees join through their invitation
 * instead), and the limits on sign-ins and on mail sent to one address or from one workspace.
 */
export const authBeforeHook = createAuthMiddleware(async (ctx) => {
  switch (ctx.path) {
    case "/sign-in/email":
      return limitSignInsPerAccount(ctx);
    case "/sign-up/email": {
      if (env.SIGN_UP_MODE !== "open") {
        throw new APIError("FORBIDDEN", {
          message: "Sign-up is by invitation only: open the link in your invitation email.",
        });
      }
      const email = stringField(ctx, "email");
      if (email) await takeMailAllowance(mailLimits.signUpPerAddress, email);
      return;
    }
    case "/request-password-reset": {
      const email = stringField(ctx, "email");
      if (email) await takeMailAllowance(mailLimits.resetPerAddress, email);
      return;
    }
    case "/organization/update-member-role":
      return assertOneKnownRole(ctx);
    case "/organization/invite-member": {
      assertOneKnownRole(ctx);
      // The session is not resolved yet in a before hook: read it, for the active workspace.
      const workspace =
        stringField(ctx, "organizationId") ??
        (await getSessionFromCtx(ctx))?.session.activeOrganizationId;
      // Without a workspace better-auth refuses the invitation itself, and nothing is sent.
      if (workspace) await takeMailAllowance(mailLimits.invitationsPerWorkspace, workspace);
      return;
    }
    case "/sso/register":
      return guardSsoRegistration(ctx);
    case "/sso/update-provider":
      return guardSsoProviderUpdate(ctx);
    case "/sso/delete-provider":
      return guardSsoProviderDelete(ctx);
    case "/sign-in/sso":
    case "/sso/callback/:providerId":
      return trustRegisteredIssuers(ctx);
    default:
      return;
  }
});
