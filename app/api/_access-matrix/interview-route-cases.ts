import { POST as completeInterview } from "@/app/api/interviews/[id]/complete/route";
import { PUT as putDecision } from "@/app/api/interviews/[id]/decision/route";
import { POST as expireInvite } from "@/app/api/interviews/[id]/expire/route";
import { POST as reissueInvite } from "@/app/api/interviews/[id]/invite/route";
import { POST as mintMediaToken } from "@/app/api/interviews/[id]/media-token/route";
import * as overrides from "@/app/api/interviews/[id]/overrides/route";
import { POST as askFollowUp } from "@/app/api/interviews/[id]/questions/[questionId]/follow-up/route";
import { PATCH as patchQuestion } from "@/app/api/interviews/[id]/questions/[questionId]/route";
import { GET as getQuestionSpeech } from "@/app/api/interviews/[id]/questions/[questionId]/speech/route";
import { PUT as putQuestionOrder } from "@/app/api/interviews/[id]/questions/order/route";
import { GET as listQuestions } from "@/app/api/interviews/[id]/questions/route";
import { GET as getReport } from "@/app/api/interviews/[id]/report/route";
import { GET as getReview } from "@/app/api/interviews/[id]/review/route";
import { GET as getInterview } from "@/app/api/interviews/[id]/route";
import { POST as startInterview } from "@/app/api/interviews/[id]/start/route";
import * as transcripts from "@/app/api/interviews/[id]/transcripts/route";
import { POST as mintSttToken } from "@/app/api/stt/token/route";
import { callRoute } from "@/tests/support/call-route";
import {
  assignedReaders,
  candidateOnly,
  candidateOrAssignedReaders,
  hiringTeamOnly,
} from "./callers";
import type { Params, RouteCase } from "./route-case";
import type { World } from "./world";

const interviewParams = (world: World) => ({ id: world.interviewId });
const spareInterviewParams = (world: World) => ({ id: world.spareInterviewId });

/** The routes of one interview, and the speech token a candidate asks for during it. State-changing
 * candidate routes come last: they move the interview along. */
export const interviewRouteCases: RouteCase[] = [
  {
    name: "GET /api/interviews/{id}",
    expectations: candidateOrAssignedReaders,
    params: interviewParams,
    call: ({ token, params }) => callRoute(getInterview, { token, params }),
  },
  {
    name: "GET /api/interviews/{id}/questions",
    expectations: candidateOrAssignedReaders,
    params: interviewParams,
    call: ({ token, params }) => callRoute(listQuestions, { token, params }),
  },
  {
    name: "PATCH /api/interviews/{id}/questions/{questionId}",
    expectations: hiringTeamOnly,
    params: (world) => ({ id: world.interviewId, questionId: world.questionIds[0] ?? "" }),
    foreignParams: (world) => ({ id: world.interviewId, questionId: world.siblingQuestionId }),
    call: ({ token, params }) =>
      callRoute(patchQuestion, {
        method: "PATCH",
        token,
        params,
        json: { content: "A reworded question?" },
      }),
  },
  {
    // Deepgram is the fake here: the allowed callers get the clip.
    name: "GET /api/interviews/{id}/questions/{questionId}/speech",
    expectations: candidateOrAssignedReaders,
    params: (world) => ({ id: world.interviewId, questionId: world.questionIds[0] ?? "" }),
    foreignParams: (world) => ({ id: world.interviewId, questionId: world.siblingQuestionId }),
    call: ({ token, params }) => callRoute(getQuestionSpeech, { token, params }),
  },
  {
    name: "PUT /api/interviews/{id}/questions/order",
    expectations: hiringTeamOnly,
    params: interviewParams,
    call: ({ token, params, world }) =>
      callRoute(putQuestionOrder, {
        method: "PUT",
        token,
        params,
        json: { questionIds: world.questionIds },
      }),
  },
  {
    name: "GET /api/interviews/{id}/transcripts",
    expectations: candidateOrAssignedReaders,
    params: interviewParams,
    call: ({ token, params }) => callRoute(transcripts.GET, { token, params }),
  },
  {
    name: "GET /api/interviews/{id}/report",
    expectations: candidateOrAssignedReaders,
    params: interviewParams,
    call: ({ token, params }) => callRoute(getReport, { token, params }),
  },
  {
    name: "GET /api/interviews/{id}/review",
    expectations: assignedReaders,
    params: interviewParams,
    call: ({ token, params }) => callRoute(getReview, { token, params }),
  },
  ...(["PUT", "DELETE"] as const).map((method) => ({
    // The report scored no competency, so the allowed caller meets a 422 rather than a write.
    name: `${method} /api/interviews/{id}/overrides`,
    expectations: assignedReaders,
    params: interviewParams,
    call: ({ token, params }: { token: string | undefined; params: Params }) =>
      callRoute(method === "PUT" ? overrides.PUT : overrides.DELETE, {
        method,
        token,
        params,
        json: {
          kind: "competency",
          target: "ownership",
          reason: "Checked.",
          ...(method === "PUT" ? { score: 50 } : {}),
        },
      }),
  })),
  {
    name: "PUT /api/interviews/{id}/decision",
    expectations: hiringTeamOnly,
    params: interviewParams,
    call: ({ token, params }) =>
      callRoute(putDecision, {
        method: "PUT",
        token,
        params,
        json: { decision: "hold", note: "Matrix." },
      }),
  },
  {
    name: "POST /api/interviews/{id}/invite",
    expectations: hiringTeamOnly,
    params: spareInterviewParams,
    call: ({ token, params }) => callRoute(reissueInvite, { method: "POST", token, params }),
  },
  {
    name: "POST /api/interviews/{id}/expire",
    expectations: hiringTeamOnly,
    params: spareInterviewParams,
    call: ({ token, params }) => callRoute(expireInvite, { method: "POST", token, params }),
  },
  {
    name: "POST /api/interviews/{id}/start",
    expectations: candidateOnly,
    params: interviewParams,
    call: ({ token, params }) => callRoute(startInterview, { method: "POST", token, params }),
  },
  {
    name: "POST /api/interviews/{id}/transcripts",
    expectations: candidateOnly,
    params: interviewParams,
    call: ({ token, params, world }) =>
      callRoute(transcripts.POST, {
        method: "POST",
        token,
        params,
        json: {
          segments: [
            {
              id: `seg-${crypto.randomUUID()}`,
              questionId: world.questionIds[0],
              speaker: "candidate",
              text: "Hello.",
              startMs: 0,
              endMs: 900,
            },
          ],
        },
      }),
  },
  {
    // After the transcript case: the candidate's thin "Hello." earns a follow-up (a 200).
    name: "POST /api/interviews/{id}/questions/{questionId}/follow-up",
    expectations: candidateOnly,
    params: (world) => ({ id: world.interviewId, questionId: world.questionIds[0] ?? "" }),
    foreignParams: (world) => ({ id: world.interviewId, questionId: world.siblingQuestionId }),
    call: ({ token, params }) => callRoute(askFollowUp, { method: "POST", token, params }),
  },
  {
    name: "POST /api/interviews/{id}/media-token",
    expectations: candidateOrAssignedReaders,
    params: interviewParams,
    call: ({ token, params }) => callRoute(mintMediaToken, { method: "POST", token, params }),
  },
  {
    // No id in the path: each candidate gets a token for their own interview (the other
    // candidate's is not started, so theirs is a 409), and nobody else gets one.
    name: "POST /api/stt/token",
    expectations: { ...candidateOnly, otherCandidate: "allowed" },
    call: ({ token }) => callRoute(mintSttToken, { method: "POST", token }),
  },
  {
    name: "POST /api/interviews/{id}/complete",
    expectations: candidateOnly,
    params: interviewParams,
    call: ({ token, params }) => callRoute(completeInterview, { method: "POST", token, params }),
  },
];
