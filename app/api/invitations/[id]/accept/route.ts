import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { acceptInvitationAsNewUser } from "@/lib/workspaces/accept-invitation-as-new-user";
import { type AcceptedInvitation, acceptInvitationAsNewUserSchema } from "@/lib/workspaces/schemas";

// POST /api/invitations/{id}/accept – an invitee without an account creates it from the link and
// joins the workspace; one with an account signs in and uses /api/auth/organization/accept-invitation.
export const POST = routeHandler(async ({ req, params }) => {
  const invitationId = uuidParam(params, { name: "id", entity: "Invitation" });
  const input = acceptInvitationAsNewUserSchema.parse(await parseJson(req, { maxBytes: 4096 }));
  const { user, company, role } = await acceptInvitationAsNewUser({ ...input, invitationId });
  const accepted: AcceptedInvitation = {
    user: { id: user.id, email: user.email, name: user.name },
    workspace: { id: company.id, name: company.name },
    role,
  };
  return Response.json(accepted, { status: 201 });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
