import "server-only";
import { env } from "@/lib/env.mjs";
import { isMediaConfigured } from "@/lib/media/media-status";
import { isSttConfigured } from "@/lib/stt/stt-status";

/**
 * The page CSP. Scripts need this response's nonce (Next puts it on its own inline and chunk
 * scripts when the proxy passes the policy on the request); `blob:` is for the microphone's
 * AudioWorklet module, which the page builds itself and a worklet cannot carry a nonce.
 * Styles allow inline because React writes `style` attributes, which nonces do not cover.
 * connect-src names the only sockets the browser opens besides the app: Deepgram's and LiveKit's.
 */
export function buildContentSecurityPolicy(options: { nonce: string }): string {
  const connect = ["'self'", ...browserConnectOrigins()];
  const script = ["'self'", `'nonce-${options.nonce}'`, "blob:"];
  // React's development build evaluates strings for its call stacks; production never does.
  if (env.NODE_ENV === "development") script.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self' blob:",
    `connect-src ${connect.join(" ")}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The microphone for the app's own pages; the camera too when interviews publish video. */
export function buildPermissionsPolicy(): string {
  return [
    "microphone=(self)",
    `camera=${env.LIVEKIT_VIDEO ? "(self)" : "()"}`,
    "geolocation=()",
    "payment=()",
    "usb=()",
  ].join(", ");
}

function browserConnectOrigins(): string[] {
  const origins = new Set<string>();
  // Deepgram is only reached over its socket; the browser never calls its REST API.
  if (isSttConfigured()) origins.add(new URL(env.DEEPGRAM_LISTEN_URL).origin);
  if (isMediaConfigured() && env.LIVEKIT_URL) {
    const livekit = new URL(env.LIVEKIT_URL);
    origins.add(livekit.origin);
    // livekit-client asks the same host over HTTP(S) why a connection failed (/rtc/validate).
    origins.add(`${livekit.protocol === "wss:" ? "https:" : "http:"}//${livekit.host}`);
  }
  return [...origins];
}
