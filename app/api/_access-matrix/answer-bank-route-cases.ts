import { POST as reviewBankAnswer } from "@/app/api/answer-bank/[id]/review/route";
import { GET as listBank } from "@/app/api/answer-bank/route";
import { GET as searchBank } from "@/app/api/answer-bank/search/route";
import { POST as nominateAnswer } from "@/app/api/interviews/[id]/answers/[questionId]/nominate/route";
import { callRoute } from "@/tests/support/call-route";
import { hiringTeamOfOwnWorkspace, hiringTeamOnly } from "./callers";
import type { RouteCase } from "./route-case";

/** The workspace's answer bank: candidates' answers across positions, so never for evaluators. */
export const answerBankRouteCases: RouteCase[] = [
  {
    name: "GET /api/answer-bank",
    expectations: hiringTeamOfOwnWorkspace,
    call: ({ token }) => callRoute(listBank, { token, path: "/api/answer-bank" }),
  },
  {
    name: "GET /api/answer-bank/search",
    expectations: hiringTeamOfOwnWorkspace,
    call: ({ token }) => callRoute(searchBank, { token, path: "/api/answer-bank/search?q=cache" }),
  },
  {
    name: "POST /api/answer-bank/{id}/review",
    expectations: hiringTeamOnly,
    params: (world) => ({ id: world.bankAnswerId }),
    call: ({ token, params }) =>
      callRoute(reviewBankAnswer, { method: "POST", token, params, json: { status: "approved" } }),
  },
  {
    // The report scored no answer, so the allowed callers meet a 409 rather than a write.
    name: "POST /api/interviews/{id}/answers/{questionId}/nominate",
    expectations: hiringTeamOnly,
    params: (world) => ({ id: world.interviewId, questionId: world.questionIds[0] ?? "" }),
    foreignParams: (world) => ({ id: world.interviewId, questionId: world.siblingQuestionId }),
    call: ({ token, params }) =>
      callRoute(nominateAnswer, { method: "POST", token, params, json: { reason: "Matrix." } }),
  },
];
