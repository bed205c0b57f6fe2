import { announceActivity } from "@/inngest/announce-activity";
import { dispatch } from "@/inngest/dispatch";
import { interviewCreated } from "@/inngest/events";
import { withInvitationDispatch } from "@/inngest/invitation-dispatch";
import { visiblePositionIds } from "@/lib/auth/require-interview-access";
import { requireMember } from "@/lib/auth/require-user";
import { createInterview, listInterviews } from "@/lib/db/interviews";
import { env } from "@/lib/env.mjs";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { readSearchParams } from "@/lib/http/read-search-params";
import { routeHandler } from "@/lib/http/route-handler";
import { buildInviteUrl } from "@/lib/interviews/build-invite-url";
import { serializeInterview } from "@/lib/interviews/serialize-interview";
import { getInvitationStatuses } from "@/lib/invitations/invitation-status";
import { queueCandidateInvitation } from "@/lib/invitations/queue-candidate-invitation";
import { createInterviewSchema, encodeCursor, listInterviewsQuerySchema } from "./schema";

// POST /api/interviews – a recruiter invites a candidate; the invite URL is shown only here;
// questions come from the bank at once, and are rewritten by the model when one is configured;
// the invitation mail is queued here and sent once the response is out
export const POST = withInvitationDispatch(
  routeHandler(async ({ req }) => {
    const member = await requireMember(req, "interview:write");
    const input = createInterviewSchema.parse(await parseJson(req));
    const { interview, inviteToken, questionCount } = await createInterview({
      ...input,
      companyId: member.companyId,
      createdByUserId: member.userId,
      inviteTtlDays: input.inviteTtlDays ?? env.INVITE_TTL_DAYS,
    });
    if (input.sendInvitation) await queueCandidateInvitation({ interview, inviteToken, req });
    await dispatch(interviewCreated, { interviewId: interview.id });
    await announceActivity([
      { type: "interview.invited", companyId: member.companyId, interviewId: interview.id },
    ]);
    return Response.json(
      {
        ...serializeInterview(interview),
        questionCount,
        inviteToken,
        inviteUrl: buildInviteUrl({ req, inviteToken }),
      },
      { status: 201 },
    );
  }),
);

// GET /api/interviews?status=&positionId=&external…Id=&limit=&cursor= – the company's interviews
export const GET = routeHandler(async ({ req }) => {
  const member = await requireMember(req, "interview:read");
  const query = listInterviewsQuerySchema.parse(readSearchParams(req));
  const rows = await listInterviews({
    companyId: member.companyId,
    status: query.status,
    positionId: query.positionId,
    externalCandidateId: query.externalCandidateId,
    externalApplicationId: query.externalApplicationId,
    externalJobId: query.externalJobId,
    positionIds: visiblePositionIds(member),
    limit: query.limit + 1,
    before: query.cursor,
  });
  const page = rows.slice(0, query.limit);
  const invitations = await getInvitationStatuses(page);
  const last = page.at(-1);
  return Response.json({
    interviews: page.map((row) => ({
      ...serializeInterview(row),
      invitation: invitations.get(row.id),
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  });
});

export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET, POST });
