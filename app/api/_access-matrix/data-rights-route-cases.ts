import { POST as eraseInterview } from "@/app/api/interviews/[id]/erase/route";
import { GET as exportInterview } from "@/app/api/interviews/[id]/export/route";
import { callRoute } from "@/tests/support/call-route";
import { recruiterOnly } from "./callers";
import type { RouteCase } from "./route-case";
import type { World } from "./world";

const interviewParams = (world: World) => ({ id: world.interviewId });

/** The candidate's data rights: only the company's own members export or erase. */
export const dataRightsRouteCases: RouteCase[] = [
  {
    name: "GET /api/interviews/{id}/export",
    expectations: recruiterOnly,
    params: interviewParams,
    call: ({ token, params }) => callRoute(exportInterview, { token, params }),
  },
  {
    // A wrong confirmation: the allowed caller meets a 422 and the world stays whole.
    name: "POST /api/interviews/{id}/erase",
    expectations: recruiterOnly,
    params: interviewParams,
    call: ({ token, params }) =>
      callRoute(eraseInterview, { method: "POST", token, params, json: { confirm: "not-it" } }),
  },
];
