import { GET as getWorkspaceAdverseImpact } from "@/app/api/adverse-impact/route";
import { POST as postSelfIdentification } from "@/app/api/interviews/[id]/self-identification/route";
import { GET as getPositionAdverseImpact } from "@/app/api/positions/[id]/adverse-impact/route";
import { callRoute } from "@/tests/support/call-route";
import { candidateOnly, type Expectations, managersOnly } from "./callers";
import type { RouteCase } from "./route-case";

/** adverse-impact:read on the caller's own workspace: another workspace's owner reads theirs. */
const managersOfOwnWorkspace: Expectations = { ...managersOnly, otherWorkspace: "allowed" };

/**
 * Self-identification is the candidate's alone; its aggregate is for owners and admins, who are
 * refused before the position is looked up otherwise (403 whatever the id).
 */
export const adverseImpactRouteCases: RouteCase[] = [
  {
    // The world's interview is not over: the candidate meets a 409 and nothing is stored.
    name: "POST /api/interviews/{id}/self-identification",
    expectations: candidateOnly,
    params: (world) => ({ id: world.interviewId }),
    call: ({ token, params }) =>
      callRoute(postSelfIdentification, {
        method: "POST",
        token,
        params,
        json: { sex: "decline" },
      }),
  },
  {
    name: "GET /api/adverse-impact",
    expectations: managersOfOwnWorkspace,
    call: ({ token }) => callRoute(getWorkspaceAdverseImpact, { token }),
  },
  {
    name: "GET /api/positions/{id}/adverse-impact",
    expectations: managersOnly,
    params: (world) => ({ id: world.positionId }),
    call: ({ token, params }) => callRoute(getPositionAdverseImpact, { token, params }),
  },
];
