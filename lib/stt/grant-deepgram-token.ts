import "server-only";
import { DeepgramError } from "@deepgram/sdk";
import { z } from "zod";
import { getDeepgramClient } from "@/lib/deepgram/get-deepgram-client";
import { env } from "@/lib/env.mjs";
import { sttGrantFailed, sttUnavailable } from "./stt-errors";

const grantResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive().optional(),
});

/**
 * A short-lived Deepgram JWT (POST /v1/auth/grant) for the browser to open one live socket with.
 * The master key stays here: it signs the request and is never returned or logged.
 */
export async function grantDeepgramToken(options: {
  ttlSeconds: number;
}): Promise<{ accessToken: string; expiresInSeconds: number }> {
  const apiKey = env.DEEPGRAM_API_KEY;
  if (!apiKey) throw sttUnavailable();
  let response: unknown;
  try {
    response = await getDeepgramClient(apiKey).auth.v1.tokens.grant({
      ttl_seconds: options.ttlSeconds,
    });
  } catch (error) {
    // The SDK's errors can carry the raw response; log only what identifies the failure.
    console.error("[stt] Deepgram token grant failed", {
      name: error instanceof Error ? error.name : typeof error,
      status: error instanceof DeepgramError ? (error.statusCode ?? null) : null,
    });
    throw sttGrantFailed();
  }
  const parsed = grantResponseSchema.safeParse(response);
  if (!parsed.success) {
    console.error("[stt] Deepgram token grant returned an unexpected body");
    throw sttGrantFailed();
  }
  return {
    accessToken: parsed.data.access_token,
    // Trust the shorter of what we asked for and what Deepgram says it granted.
    expiresInSeconds: Math.min(options.ttlSeconds, parsed.data.expires_in ?? options.ttlSeconds),
  };
}
