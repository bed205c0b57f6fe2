import "server-only";
import { adverseImpactDemoPosition } from "@/db/seed-data/adverse-impact-demo";
import {
  demoCandidate,
  demoCompanies,
  demoPositions,
  demoUsers,
} from "@/db/seed-data/demo-accounts";
import { demoEvaluatedCandidates, demoQuestionContents } from "@/db/seed-data/demo-answers";
import { seedQuestions } from "@/db/seed-data/question-bank";
import { dispatch } from "@/inngest/dispatch";
import { questionBankEmbedRequested } from "@/inngest/events";
import { createApiToken } from "@/lib/db/api-tokens";
import { createCompany } from "@/lib/db/companies";
import { createInterview } from "@/lib/db/interviews";
import { createPosition } from "@/lib/db/positions";
import { ensureSharedQuestionBank } from "@/lib/db/shared-question-bank";
import { createUser } from "@/lib/db/users";
import { getDefaultRubrics } from "@/lib/rubrics/default-rubrics";
import { createWorkspaceUser } from "@/lib/workspaces/create-workspace-user";
import { demoFollowUps } from "./demo-follow-ups";
import { nominateSeededAnswers } from "./nominate-seeded-answers";
import { resetDemoData } from "./reset-demo-data";
import { seedAdverseImpactDemo } from "./seed-adverse-impact-demo";
import { findBankQuestionIds, seedEvaluatedInterviews } from "./seed-evaluated-interviews";

/**
 * Fills the demo company, people, positions and question bank, one invited interview, and
 * interviews of other candidates taken through the offline pipeline to a report.
 */
export async function seedDemo(options: { baseUrl: string }) {
  const reset = await resetDemoData({
    companyNames: Object.values(demoCompanies).map((company) => company.name),
    userEmails: Object.values(demoUsers).map((user) => user.email),
  });
  const bank = await ensureSharedQuestionBank(seedQuestions);
  await dispatch(questionBankEmbedRequested, { reason: "demo seed" });

  const company = await createCompany(demoCompanies.main);
  const otherCompany = await createCompany(demoCompanies.other);
  const { user: recruiter } = await createWorkspaceUser({
    ...demoUsers.recruiter,
    workspace: { companyId: company.id },
    role: "owner",
  });
  const operator = await createUser({ ...demoUsers.operator, platformRole: "operator" });
  const { user: otherRecruiter } = await createWorkspaceUser({
    ...demoUsers.otherRecruiter,
    workspace: { companyId: otherCompany.id },
    role: "owner",
  });

  const positions = [];
  for (const position of demoPositions) {
    positions.push(
      await createPosition({
        ...position,
        competencies: [...position.competencies],
        rubrics: getDefaultRubrics({
          competencies: [...position.competencies],
          language: position.language,
        }),
        companyId: company.id,
      }),
    );
  }
  const [englishPosition] = positions;
  if (!englishPosition) throw new Error("The demo seed defines no positions.");

  const demoQuestionIds = await findBankQuestionIds(demoQuestionContents);
  const { interview, inviteToken, questionCount } = await createInterview({
    companyId: company.id,
    createdByUserId: recruiter.id,
    positionId: englishPosition.id,
    candidateEmail: demoCandidate.email,
    candidateName: demoCandidate.name,
    questionCount: demoQuestionIds.length,
    bankQuestionIds: demoQuestionIds,
    inviteTtlDays: 30,
  });
  const evaluated = await seedEvaluatedInterviews({
    companyId: company.id,
    recruiterId: recruiter.id,
    positionId: englishPosition.id,
    bankQuestionIds: demoQuestionIds,
    candidates: demoEvaluatedCandidates.map((candidate) => ({
      ...candidate,
      followUps: demoFollowUps[candidate.email] ?? [],
    })),
  });
  const approvedBankAnswers = await nominateSeededAnswers({
    interviewIds: evaluated.map((entry) => entry.id),
    recruiterId: recruiter.id,
  });

  // Apart from positionIds, whose two positions the other demos and tests count on.
  const adverseImpactPosition = await createPosition({
    ...adverseImpactDemoPosition,
    competencies: [...adverseImpactDemoPosition.competencies],
    rubrics: getDefaultRubrics({
      competencies: [...adverseImpactDemoPosition.competencies],
      language: adverseImpactDemoPosition.language,
    }),
    companyId: company.id,
  });
  await seedAdverseImpactDemo({
    companyId: company.id,
    recruiterId: recruiter.id,
    positionId: adverseImpactPosition.id,
  });

  const apiToken = await createApiToken({
    userId: recruiter.id,
    companyId: company.id,
    name: "demo seed",
  });
  const operatorApiToken = await createApiToken({
    userId: operator.id,
    companyId: null,
    name: "demo seed",
  });
  const otherApiToken = await createApiToken({
    userId: otherRecruiter.id,
    companyId: otherCompany.id,
    name: "demo seed",
  });

  return {
    mode: reset.removedCompanies > 0 ? ("reset" as const) : ("fresh" as const),
    questionBank: bank,
    companyId: company.id,
    positionIds: positions.map((position) => position.id),
    adverseImpactPositionId: adverseImpactPosition.id,
    interviewId: interview.id,
    questionCount,
    evaluatedInterviews: evaluated,
    approvedBankAnswers,
    inviteToken,
    inviteUrl: new URL(`/interview/${inviteToken}`, options.baseUrl).toString(),
    apiToken: apiToken.token,
    operatorApiToken: operatorApiToken.token,
    recruiter: { email: demoUsers.recruiter.email, password: demoUsers.recruiter.password },
    operator: { email: demoUsers.operator.email, password: demoUsers.operator.password },
    otherCompany: {
      companyId: otherCompany.id,
      apiToken: otherApiToken.token,
      recruiter: {
        email: demoUsers.otherRecruiter.email,
        password: demoUsers.otherRecruiter.password,
      },
    },
  };
}
