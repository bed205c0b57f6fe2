import "server-only";
import { env } from "@/lib/env.mjs";

/** WEBHOOKS_ALLOW_LOCAL (never in production): endpoints on this machine, for development and tests. */
export function areLocalWebhooksAllowed(): boolean {
  return env.WEBHOOKS_ALLOW_LOCAL && env.NODE_ENV !== "production";
}

/** Plain http is for development only: in production an endpoint must be https. */
export function isPlainHttpAllowed(): boolean {
  return env.NODE_ENV !== "production";
}
