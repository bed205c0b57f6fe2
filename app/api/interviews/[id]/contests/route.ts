import { withMailDispatch } from "@/inngest/mail-dispatch";
import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { toCandidateContest } from "@/lib/compliance/contests/contest-views";
import { sealExplanationLink } from "@/lib/compliance/contests/explanation-link";
import { limitContests } from "@/lib/compliance/contests/limit-contests";
import { openContest } from "@/lib/compliance/contests/open-contest";
import { contestBodyMaxBytes, createContestSchema } from "@/lib/compliance/contests/schemas";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";

// POST /api/interviews/{id}/contests – the candidate contests or corrects their result from the
// explanation page: an item in the review queue, due in the workspace's number of days
export const POST = withMailDispatch(
  routeHandler(async ({ req, params }) => {
    const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
    const { interview } = await requireInterviewAccess(req, { interviewId, allow: ["candidate"] });
    // The size cap comes before the limit: an oversized body costs no attempt.
    const body = await parseJson(req, { maxBytes: contestBodyMaxBytes });
    await limitContests({ interviewId });
    const input = createContestSchema.parse(body);
    const contest = await openContest({
      interview,
      input,
      explanationLinkCiphertext: sealExplanationLink(req),
    });
    return Response.json({ contest: toCandidateContest(contest) }, { status: 201 });
  }),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
