import { withCompletionAnnounced } from "@/inngest/announce-completion";
import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { createParticipantToken } from "@/lib/media/create-participant-token";

// POST /api/interviews/{id}/media-token – a short-lived LiveKit token for this interview's room
export const POST = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { principal, interview } = await requireInterviewAccess(req, {
    interviewId,
    allow: ["candidate", "interview:read"],
  });
  const token = await withCompletionAnnounced(() =>
    createParticipantToken({ interview, principal }),
  );
  return Response.json(token, { headers: { "Cache-Control": "no-store" } });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
