// The candidate's path through the API up to answering: the recruiter invites, the candidate
// opens the invite, reads the questions and starts.

import { expect } from "vitest";
import { PATCH as rewordQuestion } from "@/app/api/interviews/[id]/questions/[questionId]/route";
import { GET as getQuestions } from "@/app/api/interviews/[id]/questions/route";
import { POST as startInterview } from "@/app/api/interviews/[id]/start/route";
import { POST as createInterview } from "@/app/api/interviews/route";
import { callRoute } from "./call-route";
import type { Tenant } from "./factories";

/** What POST /api/interviews and the re-issue route answer about the link. */
export type IssuedInvite = {
  id: string;
  inviteUrl: string;
  inviteToken: string;
  inviteExpiresAt: string;
};

/**
 * The recruiter invites a fresh address to 3 questions, open for 7 days (the position's defaults
 * otherwise; `extra` adds or overrides fields of the request).
 */
export async function inviteCandidateThroughApi(
  tenant: Tenant,
  extra: Record<string, unknown> = {},
) {
  const candidateEmail = `candidate-${crypto.randomUUID()}@example.com`;
  const result = await callRoute(createInterview, {
    path: "/api/interviews",
    token: tenant.token,
    json: {
      positionId: tenant.position.id,
      candidateEmail,
      candidateName: "Casey Kim",
      questionCount: 3,
      inviteTtlDays: 7,
      ...extra,
    },
  });
  expect(result.status).toBe(201);
  return { candidateEmail, body: result.body as IssuedInvite };
}

/** `rewordAs` rewords the first questions before the start, so a test's answers fit them. */
export async function startInterviewThroughApi(
  tenant: Tenant,
  options: { questionCount: number; rewordAs?: string[] },
) {
  const created = await callRoute(createInterview, {
    token: tenant.token,
    json: {
      positionId: tenant.position.id,
      candidateEmail: `candidate-${crypto.randomUUID()}@example.com`,
      candidateName: "Casey Candidate",
      questionCount: options.questionCount,
    },
  });
  const { id, inviteUrl } = created.body as { id: string; inviteUrl: string };
  const invite = inviteUrl.split("/").at(-1) ?? "";
  const params = { id };
  const listed = (await callRoute(getQuestions, { token: invite, params })).body as {
    questions: { id: string; order: number; content: string }[];
  };
  const questions = await Promise.all(
    listed.questions.map(async (question, index) => {
      const content = options.rewordAs?.[index];
      if (!content) return question;
      const questionParams = { id, questionId: question.id };
      await callRoute(rewordQuestion, {
        method: "PATCH",
        token: tenant.token,
        params: questionParams,
        json: { content },
      });
      return { ...question, content };
    }),
  );
  await callRoute(startInterview, { method: "POST", token: invite, params });
  return { id, invite, params, questions };
}
