import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verifications } from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { getAppOrigins } from "@/lib/http/app-origins";
import { hasTrustedClientIp } from "@/lib/http/client-ip";
import { authRateLimitStorage } from "./auth-rate-limit-storage";
import { getAuthSecret } from "./auth-secret";
import { limitSignInsPerAccount } from "./sign-in-account-limit";

/** Set by the auth route from the trusted client IP; any value a client sends is replaced. */
export const clientIpHeader = "x-interview-client-ip";

async function createAuth() {
  const db = await getDb();
  return betterAuth({
    appName: "Interview Platform",
    baseURL: env.APP_URL,
    secret: getAuthSecret(),
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    // Operators create recruiter accounts; nobody signs up into a company on their own.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Names and roles are set by operators: a user renaming themselves would rename what the
    // review history and their colleagues' pages say about them.
    disabledPaths: ["/update-user"],
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: false, defaultValue: "recruiter" },
        companyId: { type: "string", input: false, required: false },
      },
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
    // limit below still holds.
    rateLimit: { customStorage: authRateLimitStorage },
    advanced: {
      ipAddress: { ipAddressHeaders: [clientIpHeader], disableIpTracking: !hasTrustedClientIp() },
    },
    hooks: { before: limitSignInsPerAccount },
  });
}

type Auth = Awaited<ReturnType<typeof createAuth>>;
const globalForAuth = globalThis as typeof globalThis & { __interviewAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  globalForAuth.__interviewAuth ??= createAuth();
  return globalForAuth.__interviewAuth;
}
