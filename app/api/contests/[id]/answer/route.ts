import { withMailDispatch } from "@/inngest/mail-dispatch";
import { requireMember } from "@/lib/auth/require-user";
import { answerContestAndMail } from "@/lib/compliance/contests/answer-contest";
import { toCandidateContest } from "@/lib/compliance/contests/contest-views";
import { answerContestSchema } from "@/lib/compliance/contests/schemas";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";

// POST /api/contests/{id}/answer – the hiring team answers a contest once; the answer is mailed
// to the candidate (409 contest_answered the second time)
export const POST = withMailDispatch(
  routeHandler(async ({ req, params }) => {
    const member = await requireMember(req, "decision:write");
    const contestId = uuidParam(params, { name: "id", entity: "Contest" });
    const { answer } = answerContestSchema.parse(await parseJson(req));
    const contest = await answerContestAndMail({ member, contestId, answer, req });
    return Response.json({ contest: toCandidateContest(contest) });
  }),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
