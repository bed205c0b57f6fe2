import { POST as answerContest } from "@/app/api/contests/[id]/answer/route";
import { POST as openContest } from "@/app/api/interviews/[id]/contests/route";
import { GET as getExplanation } from "@/app/api/interviews/[id]/explanation/route";
import { GET as getReviewQueue } from "@/app/api/review-queue/route";
import { callRoute } from "@/tests/support/call-route";
import {
  anyMemberOfOwnWorkspace,
  candidateOnly,
  candidateOrAssignedReaders,
  hiringTeamOnly,
} from "./callers";
import type { RouteCase } from "./route-case";
import type { World } from "./world";

const interviewParams = (world: World) => ({ id: world.interviewId });

/**
 * The candidate's explanation and contests, and the team's review queue. The world's interview has
 * no decision, so the explanation and a contest meet 409 past the access check; the first of the
 * hiring team answers the world's contest, the others meet 409.
 */
export const contestRouteCases: RouteCase[] = [
  {
    name: "GET /api/interviews/{id}/explanation",
    expectations: candidateOrAssignedReaders,
    params: interviewParams,
    call: ({ token, params }) => callRoute(getExplanation, { token, params }),
  },
  {
    name: "POST /api/interviews/{id}/contests",
    expectations: candidateOnly,
    params: interviewParams,
    call: ({ token, params }) =>
      callRoute(openContest, {
        method: "POST",
        token,
        params,
        json: { kind: "human_review", message: "Please have a person look at my answers." },
      }),
  },
  {
    name: "GET /api/review-queue",
    expectations: anyMemberOfOwnWorkspace,
    call: ({ token }) => callRoute(getReviewQueue, { token }),
  },
  {
    name: "POST /api/contests/{id}/answer",
    expectations: hiringTeamOnly,
    params: (world) => ({ id: world.contestId }),
    call: ({ token, params }) =>
      callRoute(answerContest, {
        method: "POST",
        token,
        params,
        json: { answer: "A person has looked again; the scores stand." },
      }),
  },
];
