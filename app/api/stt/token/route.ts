import { withCompletionAnnounced } from "@/inngest/announce-completion";
import { requirePrincipal } from "@/lib/auth/require-user";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler } from "@/lib/http/route-handler";
import { createSttToken } from "@/lib/stt/create-stt-token";

// POST /api/stt/token – a short-lived Deepgram token for the calling candidate's live transcription
export const POST = routeHandler(async ({ req }) => {
  const principal = await requirePrincipal(req);
  const sttToken = await withCompletionAnnounced(() => createSttToken({ principal }));
  return Response.json(sttToken, { headers: { "Cache-Control": "no-store" } });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
