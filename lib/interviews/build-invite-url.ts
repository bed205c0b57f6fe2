import "server-only";
import { env } from "@/lib/env.mjs";

/** APP_URL when configured (behind proxies the request's own host may be internal). */
export function buildInviteUrl(options: { req: Request; inviteToken: string }): string {
  const origin = env.APP_URL ?? new URL(options.req.url).origin;
  return new URL(`/interview/${options.inviteToken}`, origin).toString();
}
