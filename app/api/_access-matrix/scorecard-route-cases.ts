import * as scorecard from "@/app/api/interviews/[id]/scorecard/route";
import { callRoute } from "@/tests/support/call-route";
import { assignedReaders } from "./callers";
import type { RouteCase } from "./route-case";
import type { World } from "./world";

const interviewParams = (world: World) => ({ id: world.interviewId });

/**
 * The human scorecard: read like the report, written like an override. The world's interview is
 * scored by AI, so an allowed caller meets a 409 rather than a scorecard.
 */
export const scorecardRouteCases: RouteCase[] = [
  {
    name: "GET /api/interviews/{id}/scorecard",
    expectations: assignedReaders,
    params: interviewParams,
    call: ({ token, params }) => callRoute(scorecard.GET, { token, params }),
  },
  {
    name: "PUT /api/interviews/{id}/scorecard",
    expectations: assignedReaders,
    params: interviewParams,
    call: ({ token, params }) =>
      callRoute(scorecard.PUT, {
        method: "PUT",
        token,
        params,
        json: {
          entries: [{ competency: "ownership", criterionKey: "scope", points: 3, quote: "" }],
        },
      }),
  },
];
