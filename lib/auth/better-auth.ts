import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verifications } from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { getAuthSecret } from "./auth-secret";

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
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: false, defaultValue: "recruiter" },
        companyId: { type: "string", input: false, required: false },
      },
    },
    telemetry: { enabled: false },
  });
}

type Auth = Awaited<ReturnType<typeof createAuth>>;
const globalForAuth = globalThis as typeof globalThis & { __interviewAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  globalForAuth.__interviewAuth ??= createAuth();
  return globalForAuth.__interviewAuth;
}
