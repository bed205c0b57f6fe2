import "server-only";
import { createHash } from "node:crypto";

/**
 * Who a request counts against: its bearer token or session cookie when it has one (hashed, so
 * no secret is used as a Redis key), else the client IP for anonymous calls.
 */
export function identifyClient(req: Request): string {
  const authorization = req.headers.get("authorization");
  if (authorization) return `token:${digest(authorization)}`;
  const session = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=([^;]+)/.exec(
    req.headers.get("cookie") ?? "",
  )?.[1];
  if (session) return `session:${digest(session)}`;
  const forwarded = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return `ip:${forwarded || req.headers.get("x-real-ip") || "unknown"}`;
}

function digest(value: string): string {
  return createHash("sha256").update(value).digest("base64url").slice(0, 32);
}
