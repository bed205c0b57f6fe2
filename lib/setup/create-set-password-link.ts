import "server-only";
import { generateRandomString } from "better-auth/crypto";
import { getAuth } from "@/lib/auth/better-auth";
import { env } from "@/lib/env.mjs";

/**
 * A better-auth password-reset link, made as its request-password-reset endpoint makes one (a
 * `reset-password:<token>` verification holding the user id, the configured lifetime), so
 * `POST /api/auth/reset-password {token, newPassword}` accepts it once; for a user without a
 * password yet, that reset creates their credential account.
 */
export async function createSetPasswordLink(options: {
  userId: string;
}): Promise<{ url: string; expiresAt: Date }> {
  const context = await (await getAuth()).$context;
  const lifetimeSeconds = context.options.emailAndPassword?.resetPasswordTokenExpiresIn ?? 60 * 60;
  const token = generateRandomString(24, "a-z", "A-Z", "0-9");
  const expiresAt = new Date(Date.now() + lifetimeSeconds * 1000);
  await context.internalAdapter.createVerificationValue({
    value: options.userId,
    identifier: `reset-password:${token}`,
    expiresAt,
  });
  const origin = env.APP_URL ? new URL(env.APP_URL).origin : `http://localhost:${env.PORT}`;
  return { url: `${origin}/reset-password?token=${token}`, expiresAt };
}

export async function hasPassword(options: { userId: string }): Promise<boolean> {
  const context = await (await getAuth()).$context;
  const account = await context.internalAdapter.findCredentialAccount(options.userId);
  return Boolean(account?.password);
}
