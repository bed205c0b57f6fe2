import { GET as listDecisionRecords } from "@/app/api/decision-records/route";
import { callRoute } from "@/tests/support/call-route";
import { type Expectations, managersOnly } from "./callers";
import type { RouteCase } from "./route-case";

/** Owners and admins search their own workspace's records; another workspace's finds none. */
const managersOfOwnWorkspace: Expectations = { ...managersOnly, otherWorkspace: "allowed" };

export const decisionRecordRouteCases: RouteCase[] = [
  {
    name: "GET /api/decision-records",
    expectations: managersOfOwnWorkspace,
    // The id is a query, not a path param: the matrix's wrong-id cases do not apply.
    call: ({ token, world }) =>
      callRoute(listDecisionRecords, {
        token,
        path: `/api/decision-records?interviewId=${world.interviewId}`,
      }),
  },
];
