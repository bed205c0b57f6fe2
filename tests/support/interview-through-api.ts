// The candidate's path through the API up to answering: the recruiter invites, the candidate
// opens the invite, reads the questions and starts.
import { GET as getQuestions } from "@/app/api/interviews/[id]/questions/route";
import { POST as startInterview } from "@/app/api/interviews/[id]/start/route";
import { POST as createInterview } from "@/app/api/interviews/route";
import { callRoute } from "./call-route";
import type { Tenant } from "./factories";

export async function startInterviewThroughApi(tenant: Tenant, options: { questionCount: number }) {
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
  const { questions } = (await callRoute(getQuestions, { token: invite, params })).body as {
    questions: { id: string; order: number }[];
  };
  await callRoute(startInterview, { method: "POST", token: invite, params });
  return { id, invite, params, questions };
}
