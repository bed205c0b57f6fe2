import { POST as eraseInterview } from "@/app/api/interviews/[id]/erase/route";
import { GET as exportInterview } from "@/app/api/interviews/[id]/export/route";
import { callRoute } from "@/tests/support/call-route";
import { managersOnly } from "./callers";
import type { RouteCase } from "./route-case";
import type { World } from "./world";

const interviewParams = (world: World) => ({ id: world.interviewId });

/**
 * The candidate's data rights: only the workspace's owners and admins export or erase. Recruiters
 * and evaluators are refused before the interview is looked up (403 for every id), so an
 * unassigned evaluator learns nothing of it.
 */
export const dataRightsRouteCases: RouteCase[] = [
  {
    name: "GET /api/interviews/{id}/export",
    // The candidate downloads their own copy too (with their self-identification in it).
    expectations: { ...managersOnly, candidate: "allowed", otherCandidate: 404 },
    params: interviewParams,
    call: ({ token, params }) => callRoute(exportInterview, { token, params }),
  },
  {
    // A wrong confirmation: the allowed caller meets a 422 and the world stays whole.
    name: "POST /api/interviews/{id}/erase",
    expectations: managersOnly,
    params: interviewParams,
    call: ({ token, params }) =>
      callRoute(eraseInterview, { method: "POST", token, params, json: { confirm: "not-it" } }),
  },
];
