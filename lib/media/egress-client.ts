import "server-only";
import { EgressClient, TwirpError } from "livekit-server-sdk";
import { env } from "@/lib/env.mjs";

const globalForEgress = globalThis as unknown as { egressClient?: EgressClient };

// Starting or stopping an egress is one quick call; a hung LiveKit must not hold the request.
const requestTimeoutSeconds = 5;

/**
 * The client of LiveKit's Egress API, or null when egress recording cannot run: it needs LiveKit
 * and a bucket, because egress uploads its file straight to S3-compatible storage.
 */
export function getEgressClient(): EgressClient | null {
  const { LIVEKIT_URL: url, LIVEKIT_API_KEY: apiKey, LIVEKIT_API_SECRET: apiSecret } = env;
  if (!url || !apiKey || !apiSecret || !env.RECORDINGS_S3_BUCKET) return null;
  globalForEgress.egressClient ??= new EgressClient(url, apiKey, apiSecret, {
    requestTimeout: requestTimeoutSeconds,
  });
  return globalForEgress.egressClient;
}

/** LiveKit refuses to stop an egress that already ended (or that it no longer knows). */
export function isEgressAlreadyEnded(error: unknown): boolean {
  return (
    error instanceof TwirpError &&
    (error.code === "failed_precondition" || error.code === "not_found")
  );
}
