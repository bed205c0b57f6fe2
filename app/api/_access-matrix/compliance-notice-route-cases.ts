import * as aiNotices from "@/app/api/ai-notices/route";
import { POST as grantAccommodation } from "@/app/api/interviews/[id]/accommodation/route";
import { GET as getNotice } from "@/app/api/interviews/[id]/notice/route";
import { POST as postPreferences } from "@/app/api/interviews/[id]/preferences/route";
import { callRoute } from "@/tests/support/call-route";
import { candidateOnly, candidateOrAssignedReaders, hiringTeamOnly, managersOnly } from "./callers";
import type { RouteCase } from "./route-case";
import type { World } from "./world";

const interviewParams = (world: World) => ({ id: world.interviewId });
const managersOfOwnWorkspace = { ...managersOnly, otherWorkspace: "allowed" } as const;

/** The AI notice (the workspace's text, the candidate's copy and choices) and accommodations. */
export const complianceNoticeRouteCases: RouteCase[] = [
  {
    name: "GET /api/ai-notices",
    expectations: managersOfOwnWorkspace,
    call: ({ token }) => callRoute(aiNotices.GET, { token }),
  },
  {
    name: "POST /api/ai-notices",
    expectations: managersOfOwnWorkspace,
    call: ({ token }) =>
      callRoute(aiNotices.POST, {
        method: "POST",
        token,
        json: { language: "en", body: "An AI asks the questions for {{company}}." },
      }),
  },
  {
    name: "GET /api/interviews/{id}/notice",
    expectations: candidateOrAssignedReaders,
    params: interviewParams,
    call: ({ token, params }) => callRoute(getNotice, { token, params }),
  },
  {
    name: "POST /api/interviews/{id}/accommodation",
    expectations: hiringTeamOnly,
    params: interviewParams,
    call: ({ token, params }) =>
      callRoute(grantAccommodation, {
        method: "POST",
        token,
        params,
        json: { kinds: ["more_time"], answerTimeMultiplier: 1.5, note: "" },
      }),
  },
  {
    name: "POST /api/interviews/{id}/preferences",
    expectations: candidateOnly,
    params: interviewParams,
    // A hash of no notice: the candidate gets past the access check and is told it changed (409).
    call: ({ token, params }) =>
      callRoute(postPreferences, {
        method: "POST",
        token,
        params,
        json: { noticeHash: "0".repeat(64), aiScoring: true },
      }),
  },
];
