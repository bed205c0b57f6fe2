import "server-only";
import { env } from "@/lib/env.mjs";

/**
 * WEBHOOKS_ALLOW_LOCAL (the embedded default only; the env check refuses it with DATABASE_URL or
 * on Vercel): endpoints on this machine, for development, trials and tests.
 */
export function areLocalWebhooksAllowed(): boolean {
  return env.WEBHOOKS_ALLOW_LOCAL;
}

/** In production an endpoint must be https, unless it is this machine and local webhooks are on. */
export function isPlainHttpAllowed(): boolean {
  return env.NODE_ENV !== "production" || env.WEBHOOKS_ALLOW_LOCAL;
}
