import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { organization, twoFactor } from "better-auth/plugins";
import { getDb } from "@/db/client";
import {
  accounts,
  companies,
  invitations,
  members,
  sessions,
  ssoProviders,
  twoFactors,
  users,
  verifications,
} from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { getAppOrigins } from "@/lib/http/app-origins";
import { hasTrustedClientIp } from "@/lib/http/client-ip";
import { authAfterHook } from "./auth-after-hook";
import { authBeforeHook } from "./auth-before-hook";
import { sendInvitationMail, sendResetPasswordMail, sendVerificationMail } from "./auth-mail";
import { authRateLimitStorage } from "./auth-rate-limit-storage";
import { getAuthSecret } from "./auth-secret";
import { pickFirstWorkspace } from "./pick-first-workspace";
import { ssoPlugin } from "./sso-plugin";
import { refuseSsoNewcomerOutsideDomain } from "./sso-provisioning";
import { workspaceAccessControl, workspaceRoleDefinitions } from "./workspace-access";
import { workspaceMembershipHooks } from "./workspace-membership-hooks";

/** Set by the auth route from the trusted client IP; any value a client sends is replaced. */
export const clientIpHeader = "x-interview-client-ip";

const hour = 60 * 60;

async function createAuth() {
  const db = await getDb();
  return betterAuth({
    appName: "Interview Platform",
    baseURL: env.APP_URL,
    secret: getAuthSecret(),
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        user: users,
        session: sessions,
        account: accounts,
        verification: verifications,
        organization: companies,
        member: members,
        invitation: invitations,
        twoFactor: twoFactors,
        ssoProvider: ssoProviders,
      },
    }),
    emailAndPassword: {
      enabled: true,
      // The before hook refuses sign-up unless SIGN_UP_MODE=open; invitees join through their
      // invitation (POST /api/invitations/{id}/accept), which proves their address.
      disableSignUp: false,
      requireEmailVerification: true,
      minPasswordLength: 10,
      resetPasswordTokenExpiresIn: hour,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: sendResetPasswordMail,
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      expiresIn: 24 * hour,
      sendVerificationEmail: sendVerificationMail,
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Names are set at sign-up or by an operator: a user renaming themselves would rename what the
    // review history and their colleagues' pages say about them. Deleting a workspace would delete
    // candidates' data outside the audited erase path.
    disabledPaths: ["/update-user", "/organization/delete"],
    user: {
      additionalFields: {
        // The platform role; a workspace role lives on the membership.
        role: { type: "string", input: false, required: false, defaultValue: "member" },
      },
    },
    databaseHooks: {
      // A new session starts in the user's first workspace; the header's switcher changes it.
      session: { create: { before: pickFirstWorkspace } },
      user: { create: { before: refuseSsoNewcomerOutsideDomain } },
    },
    plugins: [
      organization({
        ac: workspaceAccessControl,
        roles: workspaceRoleDefinitions,
        creatorRole: "owner",
        // A new workspace only in open sign-up, by a verified address; otherwise setup, the
        // operator command and invitations are the ways in.
        allowUserToCreateOrganization: (user) => env.SIGN_UP_MODE === "open" && user.emailVerified,
        invitationExpiresIn: 7 * 24 * hour,
        cancelPendingInvitationsOnReInvite: true,
        sendInvitationEmail: sendInvitationMail,
        organizationHooks: workspaceMembershipHooks,
      }),
      twoFactor({ issuer: "Interview Platform" }),
      ssoPlugin(),
    ],
    advanced: {
      // Workspaces are the companies table, keyed by UUID: every model gets one, made here (the
      // "uuid" setting would leave it to column defaults, which the text ids do not have).
      database: { generateId: () => crypto.randomUUID() },
      ipAddress: { ipAddressHeaders: [clientIpHeader], disableIpTracking: !hasTrustedClientIp() },
    },
    telemetry: { enabled: false },
    // Without APP_URL, better-auth would trust only the origin Next puts in request.url, which is the
    // hostname `next start` bound to ("localhost"), so a browser at 127.0.0.1 or a LAN name got
    // "Invalid origin". Trust the host the browser addressed instead; with APP_URL, only that origin.
    ...(env.APP_URL
      ? {}
      : { trustedOrigins: (request?: Request) => (request ? getAppOrigins(request) : []) }),
    // Sign-in limits (better-auth's rules) count per client IP as the API resolves it (the auth
    // route puts it in this header) and in the shared store. Enabled in production, as by default.
    // With no address to trust (no proxy configured) better-auth would put every client in one
    // bucket, so one could lock out all: it limits nothing by address then, and the per-account
    // limits in the before hook still hold.
    rateLimit: { customStorage: authRateLimitStorage },
    hooks: { before: authBeforeHook, after: authAfterHook },
  });
}

type Auth = Awaited<ReturnType<typeof createAuth>>;
const globalForAuth = globalThis as typeof globalThis & { __interviewAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  globalForAuth.__interviewAuth ??= createAuth();
  return globalForAuth.__interviewAuth;
}
