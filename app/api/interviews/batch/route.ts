import { announceActivity } from "@/inngest/announce-activity";
import { dispatchAll } from "@/inngest/dispatch";
import { interviewCreated } from "@/inngest/events";
import { withInvitationDispatch } from "@/inngest/invitation-dispatch";
import { requireMember } from "@/lib/auth/require-user";
import { inviteBatch } from "@/lib/batch-invites/invite-batch";
import type { BatchInviteResult } from "@/lib/batch-invites/schemas";
import { env } from "@/lib/env.mjs";
import { readIdempotencyKey, respondIdempotently } from "@/lib/http/idempotent-request";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler } from "@/lib/http/route-handler";
import { buildInviteUrl } from "@/lib/interviews/build-invite-url";
import { queueCandidateInvitations } from "@/lib/invitations/queue-candidate-invitation";
import { type BatchInviteInput, batchInviteSchema, maxBatchBodyBytes } from "./schema";

// POST /api/interviews/batch – invites up to 1,000 candidates to one position: rows with a problem
// are listed and skipped, the rest created; a dry run only lists the problems. Needs an
// Idempotency-Key: a retry with the same key and body gets the first answer again.
export const POST = withInvitationDispatch(
  routeHandler(async ({ req }) => {
    const member = await requireMember(req, "interview:write");
    const input = batchInviteSchema.parse(await parseJson(req, { maxBytes: maxBatchBodyBytes }));
    const invite = (dryRun: boolean) =>
      inviteBatch({
        ...input,
        companyId: member.companyId,
        createdByUserId: member.userId,
        inviteTtlDays: input.inviteTtlDays ?? env.INVITE_TTL_DAYS,
        dryRun,
      });
    if (input.dryRun) {
      const { problems, readyCount } = await invite(true);
      return Response.json({ dryRun: true, readyCount, created: [], problems });
    }
    return respondIdempotently({
      companyId: member.companyId,
      route: "POST /api/interviews/batch",
      idempotencyKey: readIdempotencyKey(req),
      body: input,
      run: async () => {
        const result = await invite(false);
        await announceCreated({ req, input, created: result.created });
        const body: BatchInviteResult = {
          dryRun: false,
          readyCount: result.readyCount,
          created: result.created.map(({ row, interview, inviteToken }) => ({
            row,
            interviewId: interview.id,
            inviteUrl: buildInviteUrl({ req, inviteToken }),
          })),
          problems: result.problems,
        };
        return { status: 201, body };
      },
    });
  }),
);

/**
 * The created interviews' follow-ups, each in one go for the whole batch: the invitations queued
 * (sent after the response by the wrapper), question writing and the webhooks' interview.invited.
 */
async function announceCreated(options: {
  req: Request;
  input: BatchInviteInput;
  created: Awaited<ReturnType<typeof inviteBatch>>["created"];
}) {
  const { created } = options;
  if (options.input.sendInvitations) {
    await queueCandidateInvitations({ req: options.req, invitations: created });
  }
  await dispatchAll(
    interviewCreated,
    created.map(({ interview }) => ({ interviewId: interview.id })),
  );
  await announceActivity(
    created.map(({ interview }) => ({
      type: "interview.invited" as const,
      companyId: interview.companyId,
      interviewId: interview.id,
    })),
  );
}

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
