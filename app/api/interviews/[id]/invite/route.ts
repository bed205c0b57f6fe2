import { withInvitationDispatch } from "@/inngest/invitation-dispatch";
import { requireMember } from "@/lib/auth/require-user";
import { reissueInvite } from "@/lib/db/interview-invites";
import { env } from "@/lib/env.mjs";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { buildInviteUrl } from "@/lib/interviews/build-invite-url";
import { serializeInterview } from "@/lib/interviews/serialize-interview";
import { queueReissuedInvitation } from "@/lib/invitations/queue-candidate-invitation";
import { reissueInviteSchema } from "./schema";

// POST /api/interviews/{id}/invite – a recruiter re-issues an unused or expired invite: a new link
// (shown only here) with a fresh expiry, mailed to the candidate after the response unless
// sendInvitation is false; the previous link and its reminders stop working
export const POST = withInvitationDispatch(
  routeHandler(async ({ req, params }) => {
    const member = await requireMember(req, "interview:write");
    const id = uuidParam(params, { name: "id", entity: "Interview" });
    // The body is optional: a request without a Content-Type gets the default invite lifetime.
    const hasBody = req.headers.has("content-type");
    const input = reissueInviteSchema.parse(hasBody ? await parseJson(req) : {});
    const { interview, inviteToken } = await reissueInvite({
      id,
      companyId: member.companyId,
      inviteTtlDays: input.inviteTtlDays ?? env.INVITE_TTL_DAYS,
    });
    if (input.sendInvitation) await queueReissuedInvitation({ interview, inviteToken, req });
    return Response.json({
      ...serializeInterview(interview),
      inviteToken,
      inviteUrl: buildInviteUrl({ req, inviteToken }),
    });
  }),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
