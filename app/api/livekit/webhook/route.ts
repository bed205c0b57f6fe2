import { ApiError } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { readBodyText } from "@/lib/http/read-body-with-limit";
import { routeHandler } from "@/lib/http/route-handler";
import { receiveLivekitWebhook } from "@/lib/media/egress-webhook";
import { handleLivekitWebhookEvent } from "@/lib/media/egress-webhook-events";

// A webhook event carries a room, a participant, a track or an egress: a few KB at most.
const maxWebhookBytes = 64 * 1024;

// POST /api/livekit/webhook – LiveKit reports track and egress events, signed with our API key
export const POST = routeHandler(async ({ req }) => {
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(req.headers.get("content-type") ?? "")) {
    throw new ApiError({
      code: "unsupported_media_type",
      message: "LiveKit webhooks are JSON (application/webhook+json).",
    });
  }
  const body = await readBodyText(req, { maxBytes: maxWebhookBytes });
  const event = await receiveLivekitWebhook({
    body,
    authorization: req.headers.get("authorization"),
  });
  await handleLivekitWebhookEvent(event);
  return new Response(null, { status: 204 });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
