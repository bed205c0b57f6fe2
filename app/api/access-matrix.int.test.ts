// Every route that names a resource, asked by every kind of caller: only the right ones get in,
// and nobody learns that another company's resource exists.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { reports } from "@/db/schema";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createInvitedInterview, createOperator, createTenant } from "@/tests/support/factories";
import { createBankAnswer } from "@/tests/support/review-fixtures";
import { POST as postBankReview } from "./answer-bank/[id]/review/route";
import { GET as getCompany, PATCH as patchCompany } from "./companies/[id]/route";
import * as interviewComplete from "./interviews/[id]/complete/route";
import { PUT as putDecision } from "./interviews/[id]/decision/route";
import { POST as postMediaToken } from "./interviews/[id]/media-token/route";
import * as overrides from "./interviews/[id]/overrides/route";
import { PATCH as patchQuestion } from "./interviews/[id]/questions/[questionId]/route";
import { PUT as putOrder } from "./interviews/[id]/questions/order/route";
import { GET as getQuestions } from "./interviews/[id]/questions/route";
import { GET as getReport } from "./interviews/[id]/report/route";
import { GET as getReview } from "./interviews/[id]/review/route";
import * as interviewRoute from "./interviews/[id]/route";
import * as interviewStart from "./interviews/[id]/start/route";
import * as transcripts from "./interviews/[id]/transcripts/route";
import {
  DELETE as deletePosition,
  GET as getPosition,
  PATCH as patchPosition,
} from "./positions/[id]/route";
import { POST as postSttToken } from "./stt/token/route";

// Speech-to-text and media rooms configured, so an allowed caller gets a token, not a 503.
const deepgram = await vi.hoisted(async () => {
  const { startDeepgramForApp } = await import("@/tests/support/deepgram-env");
  process.env.LIVEKIT_URL = "wss://livekit.invalid";
  process.env.LIVEKIT_API_KEY = "matrix-key";
  process.env.LIVEKIT_API_SECRET = "matrix-secret-0123456789abcdef";
  return startDeepgramForApp();
});
afterAll(() => deepgram.close());

type Caller =
  | "anonymous"
  | "candidate"
  | "otherCandidate"
  | "recruiter"
  | "otherRecruiter"
  | "operator";
type Expect = "allowed" | 401 | 403 | 404;

let tokens: Record<Exclude<Caller, "anonymous">, string>;
let ids: {
  companyId: string;
  positionId: string;
  interviewId: string;
  questionIds: string[];
  bankAnswerId: string;
};

beforeAll(async () => {
  const tenant = await createTenant();
  const other = await createTenant();
  const { token: operatorToken } = await createOperator();
  const mine = await createInvitedInterview(tenant);
  const sibling = await createInvitedInterview(tenant);
  const { listInterviewQuestions } = await import("@/lib/db/interview-questions");
  const questions = await listInterviewQuestions({ interviewId: mine.interview.id });
  const db = await getDb();
  await db.insert(reports).values({
    interviewId: mine.interview.id,
    overallScore: 80,
    summary: "Solid.",
    recommendation: "hire",
    provider: "test",
    model: "none",
  });
  const bankAnswer = await createBankAnswer({
    interviewId: mine.interview.id,
    bankQuestionId: questions[0]?.bankQuestionId ?? "",
    text: "A banked answer waiting for review.",
    status: "pending",
  });
  tokens = {
    candidate: mine.inviteToken,
    otherCandidate: sibling.inviteToken,
    recruiter: tenant.token,
    otherRecruiter: other.token,
    operator: operatorToken,
  };
  ids = {
    companyId: tenant.company.id,
    positionId: tenant.position.id,
    interviewId: mine.interview.id,
    questionIds: questions.map((question) => question.id),
    bankAnswerId: bankAnswer.id,
  };
});

const recruiterOnly: Record<Caller, Expect> = {
  anonymous: 401,
  candidate: 403,
  otherCandidate: 403,
  recruiter: "allowed",
  otherRecruiter: 404,
  operator: 403,
};
const candidateOrRecruiter: Record<Caller, Expect> = {
  anonymous: 401,
  candidate: "allowed",
  otherCandidate: 404,
  recruiter: "allowed",
  otherRecruiter: 404,
  operator: 403,
};
const interviewRecruiterOnly: Record<Caller, Expect> = { ...recruiterOnly, otherCandidate: 403 };
const candidateOnly: Record<Caller, Expect> = {
  anonymous: 401,
  candidate: "allowed",
  otherCandidate: 404,
  recruiter: 403,
  otherRecruiter: 403,
  operator: 403,
};

type RouteCase = {
  name: string;
  expectations: Record<Caller, Expect>;
  call: (token: string | undefined) => ReturnType<typeof callRoute>;
};

const interviewParams = () => ({ id: ids.interviewId });
const routes: RouteCase[] = [
  {
    name: "GET /api/companies/{id}",
    expectations: recruiterOnly,
    call: (token) => callRoute(getCompany, { token, params: { id: ids.companyId } }),
  },
  {
    name: "PATCH /api/companies/{id}",
    expectations: recruiterOnly,
    call: (token) =>
      callRoute(patchCompany, {
        method: "PATCH",
        token,
        params: { id: ids.companyId },
        json: { description: "x" },
      }),
  },
  ...(["GET", "PATCH"] as const).map((method) => ({
    name: `${method} /api/positions/{id}`,
    expectations: recruiterOnly,
    call: (token: string | undefined) =>
      callRoute(method === "GET" ? getPosition : patchPosition, {
        method,
        token,
        params: { id: ids.positionId },
        ...(method === "PATCH" ? { json: { description: "x" } } : {}),
      }),
  })),
  {
    // The position has interviews, so the allowed caller meets a 409 rather than deleting it.
    name: "DELETE /api/positions/{id}",
    expectations: recruiterOnly,
    call: (token) =>
      callRoute(deletePosition, { method: "DELETE", token, params: { id: ids.positionId } }),
  },
  {
    name: "GET /api/interviews/{id}",
    expectations: candidateOrRecruiter,
    call: (token) => callRoute(interviewRoute.GET, { token, params: interviewParams() }),
  },
  {
    name: "GET /api/interviews/{id}/questions",
    expectations: candidateOrRecruiter,
    call: (token) => callRoute(getQuestions, { token, params: interviewParams() }),
  },
  {
    name: "PATCH /api/interviews/{id}/questions/{questionId}",
    expectations: interviewRecruiterOnly,
    call: (token) =>
      callRoute(patchQuestion, {
        method: "PATCH",
        token,
        params: { ...interviewParams(), questionId: ids.questionIds[0] ?? "" },
        json: { content: "A reworded question?" },
      }),
  },
  {
    name: "PUT /api/interviews/{id}/questions/order",
    expectations: interviewRecruiterOnly,
    call: (token) =>
      callRoute(putOrder, {
        method: "PUT",
        token,
        params: interviewParams(),
        json: { questionIds: ids.questionIds },
      }),
  },
  {
    name: "GET /api/interviews/{id}/transcripts",
    expectations: candidateOrRecruiter,
    call: (token) => callRoute(transcripts.GET, { token, params: interviewParams() }),
  },
  {
    name: "GET /api/interviews/{id}/report",
    expectations: candidateOrRecruiter,
    call: (token) => callRoute(getReport, { token, params: interviewParams() }),
  },
  {
    name: "GET /api/interviews/{id}/review",
    expectations: interviewRecruiterOnly,
    call: (token) => callRoute(getReview, { token, params: interviewParams() }),
  },
  ...(["PUT", "DELETE"] as const).map((method) => ({
    // The report scored no competency, so the allowed caller meets a 422 rather than a write.
    name: `${method} /api/interviews/{id}/overrides`,
    expectations: interviewRecruiterOnly,
    call: (token: string | undefined) =>
      callRoute(method === "PUT" ? overrides.PUT : overrides.DELETE, {
        method,
        token,
        params: interviewParams(),
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
    expectations: interviewRecruiterOnly,
    call: (token) =>
      callRoute(putDecision, {
        method: "PUT",
        token,
        params: interviewParams(),
        json: { decision: "hold", note: "Matrix." },
      }),
  },
  {
    name: "POST /api/answer-bank/{id}/review",
    expectations: interviewRecruiterOnly,
    call: (token) =>
      callRoute(postBankReview, {
        method: "POST",
        token,
        params: { id: ids.bankAnswerId },
        json: { status: "approved" },
      }),
  },
  // State-changing candidate routes run last: they move the interview along.
  {
    name: "POST /api/interviews/{id}/start",
    expectations: candidateOnly,
    call: (token) =>
      callRoute(interviewStart.POST, { method: "POST", token, params: interviewParams() }),
  },
  {
    name: "POST /api/interviews/{id}/transcripts",
    expectations: candidateOnly,
    call: (token) =>
      callRoute(transcripts.POST, {
        method: "POST",
        token,
        params: interviewParams(),
        json: {
          segments: [
            {
              id: `seg-${Math.random()}`,
              questionId: ids.questionIds[0],
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
    name: "POST /api/interviews/{id}/media-token",
    expectations: candidateOrRecruiter,
    call: (token) =>
      callRoute(postMediaToken, { method: "POST", token, params: interviewParams() }),
  },
  {
    // No id in the path: each candidate gets a token for their own interview (the other
    // candidate's is not started, so theirs is a 409), and nobody else gets one.
    name: "POST /api/stt/token",
    expectations: { ...candidateOnly, otherCandidate: "allowed" },
    call: (token) => callRoute(postSttToken, { method: "POST", token }),
  },
  {
    name: "POST /api/interviews/{id}/complete",
    expectations: candidateOnly,
    call: (token) =>
      callRoute(interviewComplete.POST, { method: "POST", token, params: interviewParams() }),
  },
];

const callers: Caller[] = [
  "anonymous",
  "otherCandidate",
  "otherRecruiter",
  "operator",
  "recruiter",
  "candidate",
];

describe.each(routes)("$name", (route) => {
  it.each(callers)("answers the %s as the access rules say", async (caller) => {
    const result = await route.call(caller === "anonymous" ? undefined : tokens[caller]);
    const expected = route.expectations[caller];
    if (expected === "allowed") {
      expect([401, 403, 404]).not.toContain(result.status);
      expect(result.status).toBeLessThan(500);
    } else {
      expect(result.status).toBe(expected);
      expect(errorCode(result)).toBeDefined();
      expect(JSON.stringify(result.body)).not.toContain(ids.companyId);
    }
  });
});
