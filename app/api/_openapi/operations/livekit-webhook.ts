import { z } from "zod";
import type { OperationSpec } from "../operation-spec";

export const livekitWebhookOperations: OperationSpec[] = [
  {
    method: "post",
    path: "/api/livekit/webhook",
    summary: "LiveKit's webhook: starts and links the room recording (Egress)",
    description:
      "Set `https://<app>/api/livekit/webhook` as the webhook URL of the LiveKit project. The body is LiveKit's `WebhookEvent` in protojson (`Content-Type: application/webhook+json`, at most 64 KiB), verified with the SDK's `WebhookReceiver`. `track_published` of the candidate's microphone starts one track egress per interview into the recordings bucket (when the company records, the candidate agreed and RECORDINGS_S3_BUCKET is set); `egress_started` / `egress_updated` / `egress_ended` keep where the file starts and link it when uploaded. Other events are accepted and ignored. Answers 404 when LiveKit is not configured.",
    tag: "Recordings",
    access: "livekitWebhook",
    body: {
      schema: z
        .object({ event: z.string() })
        .loose()
        .meta({ description: "LiveKit's WebhookEvent (protojson)." }),
    },
    success: { status: 204, description: "Handled (or ignored: not an event recording needs)." },
    errors: {
      401: "`unauthorized`: the signature is missing, invalid or not for this body.",
      404: "`not_found`: LiveKit is not configured on this server.",
      413: "`payload_too_large`: the body is over 64 KiB.",
      415: "`unsupported_media_type`: the body is not JSON (LiveKit sends `application/webhook+json`).",
      422: "`unprocessable_entity`: a signed event without the fields its kind needs.",
    },
  },
];
