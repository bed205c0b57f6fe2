// Webhook deliveries as LiveKit's server makes them (github.com/livekit/protocol webhook/
// url_notifier.go): the body is the event in protojson, and the Authorization header is a bare JWT
// signed with the API key and secret, valid 5 minutes, whose `sha256` claim is the body's
// base64 SHA-256.
import { createHash } from "node:crypto";
import {
  AccessToken,
  type EgressInfo,
  TrackSource,
  TrackType,
  WebhookEvent,
} from "livekit-server-sdk";

export type SignedDelivery = { body: string; authorization: string };

export async function signWebhookBody(options: {
  body: string;
  apiKey: string;
  apiSecret: string;
}): Promise<string> {
  const token = new AccessToken(options.apiKey, options.apiSecret, { ttl: "5m" });
  token.sha256 = createHash("sha256").update(options.body).digest("base64");
  return token.toJwt();
}

/** The SDK's WebhookEvent constructor resets `event`, so it is set after construction. */
function eventJson(
  name: WebhookEvent["event"],
  fields: ConstructorParameters<typeof WebhookEvent>[0],
): string {
  const event = new WebhookEvent({ id: `EV_${crypto.randomUUID()}`, ...fields });
  event.event = name;
  event.createdAt = BigInt(Math.floor(Date.now() / 1000));
  return event.toJsonString();
}

export function trackPublishedBody(options: {
  roomName: string;
  identity: string;
  trackSid: string;
  type?: TrackType;
}): string {
  return eventJson("track_published", {
    room: { name: options.roomName, sid: "RM_fake" },
    participant: { identity: options.identity, sid: "PA_fake" },
    track: {
      sid: options.trackSid,
      type: options.type ?? TrackType.AUDIO,
      source: options.type === TrackType.VIDEO ? TrackSource.CAMERA : TrackSource.MICROPHONE,
      mimeType: "audio/opus",
    },
  });
}

export function egressEventBody(name: "egress_started" | "egress_ended", info: EgressInfo) {
  return eventJson(name, { egressInfo: info });
}
