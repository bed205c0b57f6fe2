import { notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { getInvitationView } from "@/lib/workspaces/get-invitation-view";

// GET /api/invitations/{id} – the invitation behind an emailed link, for whoever holds the link
// (its id is a random UUID: the link is the credential, as a reset link is).
export const GET = routeHandler(async ({ params }) => {
  const id = uuidParam(params, { name: "id", entity: "Invitation" });
  const view = await getInvitationView({ id });
  if (!view) throw notFound("Invitation");
  return Response.json(view);
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
