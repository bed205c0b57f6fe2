import "server-only";
import { env } from "@/lib/env.mjs";

/**
 * The origins the app's own pages are served from, for checking a request's `Origin`: APP_URL's
 * when it is set, else the one the browser addressed this request to (its Host, or the forwarded
 * host when a trusted proxy or Vercel sits in front). A browser sets Host and Origin itself and a
 * page cannot forge either on a cross-site request, so a page elsewhere never matches.
 */
export function getAppOrigins(req: Request): string[] {
  if (env.APP_URL) return [new URL(env.APP_URL).origin];
  const url = new URL(req.url);
  const isBehindProxy = Boolean(env.VERCEL) || env.TRUSTED_PROXY_HOPS > 0;
  const forwardedHost = isBehindProxy ? firstEntry(req.headers.get("x-forwarded-host")) : null;
  const forwardedProto = isBehindProxy ? firstEntry(req.headers.get("x-forwarded-proto")) : null;
  const host = forwardedHost ?? req.headers.get("host") ?? url.host;
  const protocol = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : null;
  try {
    return [new URL(`${protocol ?? url.protocol.slice(0, -1)}://${host}`).origin];
  } catch {
    return [];
  }
}

function firstEntry(value: string | null): string | null {
  return value?.split(",")[0]?.trim() || null;
}
