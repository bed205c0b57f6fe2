import "server-only";
import { WebhookReceiver } from "livekit-server-sdk";
import { z } from "zod";
import { env } from "@/lib/env.mjs";
import { ApiError } from "@/lib/http/api-error";

// LiveKit posts protojson: camelCase names, enums by name, int64 as strings, defaults left out.
// Nanosecond times pass Number.MAX_SAFE_INTEGER: read them as bigint.
const int64Schema = z.coerce.bigint().nonnegative().default(0n);

const fileInfoSchema = z.object({
  filename: z.string().default(""),
  /** Unix time in nanoseconds. */
  startedAt: int64Schema,
  /** Nanoseconds. */
  duration: int64Schema,
  size: int64Schema,
});

const egressInfoSchema = z.object({
  egressId: z.string().min(1),
  roomName: z.string().default(""),
  status: z.string().default("EGRESS_STARTING"),
  /** Unix time in nanoseconds; 0 until the egress is active. */
  startedAt: int64Schema,
  error: z.string().default(""),
  fileResults: z.array(fileInfoSchema).default([]),
  /** The deprecated single result older servers still fill. */
  file: fileInfoSchema.optional(),
});

export const livekitWebhookEventSchema = z.object({
  event: z.string(),
  room: z.object({ name: z.string() }).optional(),
  participant: z.object({ identity: z.string() }).optional(),
  track: z
    .object({
      sid: z.string().min(1),
      type: z.string().default("AUDIO"),
      source: z.string().optional(),
    })
    .optional(),
  egressInfo: egressInfoSchema.optional(),
});

export type LivekitWebhookEvent = z.infer<typeof livekitWebhookEventSchema>;
export type EgressInfoPayload = z.infer<typeof egressInfoSchema>;

/**
 * Verifies a webhook as LiveKit signs it (a JWT from our key and secret whose `sha256` claim is
 * the body's digest) and reads the fields we act on. Anything unsigned or altered is a 401.
 */
export async function receiveLivekitWebhook(options: {
  body: string;
  authorization: string | null;
}): Promise<LivekitWebhookEvent> {
  const { LIVEKIT_API_KEY: apiKey, LIVEKIT_API_SECRET: apiSecret } = env;
  if (!apiKey || !apiSecret) {
    throw new ApiError({ code: "not_found", message: "LiveKit is not configured on this server." });
  }
  let event: Awaited<ReturnType<WebhookReceiver["receive"]>>;
  try {
    // receive() checks the signature before it parses anything.
    event = await new WebhookReceiver(apiKey, apiSecret).receive(
      options.body,
      options.authorization ?? undefined,
    );
  } catch (error) {
    // Decoding comes after the signature check: a failure there is a signed but unreadable body.
    if (error instanceof SyntaxError || /^cannot decode/.test(String((error as Error)?.message))) {
      throw new ApiError({ code: "bad_request", message: "The webhook body is not valid JSON." });
    }
    throw new ApiError({ code: "unauthorized", message: "The webhook signature is not valid." });
  }
  return livekitWebhookEventSchema.parse(event.toJson());
}
