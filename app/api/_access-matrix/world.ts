import { getDb } from "@/db/client";
import { contests, recordings, reports, scoringReplays } from "@/db/schema";
import { createApiToken } from "@/lib/db/api-tokens";
import { listInterviewQuestions } from "@/lib/db/interview-questions";
import { createPosition } from "@/lib/db/positions";
import {
  addTeammate,
  assignToPosition,
  createInvitedInterview,
  createOperator,
  createTenant,
} from "@/tests/support/factories";
import { createBankAnswer } from "@/tests/support/review-fixtures";
import type { Caller } from "./callers";

export type World = Awaited<ReturnType<typeof createWorld>>;

/**
 * Two workspaces. Ours has an owner, an admin, a recruiter and two evaluators (one assigned to the
 * interview's position, one to none), the interview under test (with a report and a banked answer
 * waiting for review), a sibling interview whose candidate is "otherCandidate", a spare interview
 * and API token for the routes that expire, re-invite or revoke, so those never cut off another
 * caller, and a second position with an interview no evaluator is assigned to.
 */
export async function createWorld() {
  const tenant = await createTenant();
  const other = await createTenant();
  const { token: operatorToken } = await createOperator();
  const admin = await addTeammate(tenant, "admin");
  const recruiter = await addTeammate(tenant, "recruiter");
  const evaluatorAssigned = await addTeammate(tenant, "evaluator");
  const evaluatorUnassigned = await addTeammate(tenant, "evaluator");
  await assignToPosition(tenant, { userId: evaluatorAssigned.user.id });
  const otherPosition = await createPosition({
    companyId: tenant.company.id,
    title: "Product Designer",
    competencies: ["communication", "ownership"],
    language: "en",
  });
  const otherPositionInterview = await createInvitedInterview(tenant, {
    positionId: otherPosition.id,
  });
  const mine = await createInvitedInterview(tenant);
  const sibling = await createInvitedInterview(tenant);
  const spare = await createInvitedInterview(tenant);
  const spareApiToken = await createApiToken({
    userId: tenant.recruiter.id,
    companyId: tenant.company.id,
    name: "spare",
  });
  const questions = await listInterviewQuestions({ interviewId: mine.interview.id });
  const siblingQuestions = await listInterviewQuestions({ interviewId: sibling.interview.id });
  await (await getDb()).insert(reports).values({
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
  const [recording] = await (await getDb())
    .insert(recordings)
    .values({
      interviewId: mine.interview.id,
      questionId: questions[0]?.id,
      source: "browser",
      storageKey: `recordings/${mine.interview.id}/world.webm`,
      contentType: "audio/webm",
    })
    .returning();
  const [contest] = await (await getDb())
    .insert(contests)
    .values({
      companyId: tenant.company.id,
      interviewId: mine.interview.id,
      kind: "human_review",
      message: "Please have a person look at my answers.",
      dueAt: new Date(Date.now() + 30 * 86_400_000),
    })
    .returning();
  // A model preview: an allowed apply meets a 409 (a model applies with a deploy), never a change.
  const [scoringReplay] = await (await getDb())
    .insert(scoringReplays)
    .values({
      companyId: tenant.company.id,
      positionId: tenant.position.id,
      status: "ready",
      change: { model: "gpt-access-matrix" },
      sampleSize: 1,
    })
    .returning();
  const tokens: Record<Exclude<Caller, "anonymous">, string> = {
    candidate: mine.inviteToken,
    otherCandidate: sibling.inviteToken,
    owner: tenant.token,
    admin: admin.token,
    recruiter: recruiter.token,
    evaluatorAssigned: evaluatorAssigned.token,
    evaluatorUnassigned: evaluatorUnassigned.token,
    otherWorkspace: other.token,
    operator: operatorToken,
  };
  return {
    tokens,
    companyId: tenant.company.id,
    companyName: tenant.company.name,
    positionId: tenant.position.id,
    otherPositionId: otherPosition.id,
    otherPositionInterviewId: otherPositionInterview.interview.id,
    recruiterId: recruiter.user.id,
    evaluatorAssignedId: evaluatorAssigned.user.id,
    /** For the session callers: API tokens cannot mint tokens. */
    emails: {
      owner: tenant.recruiter.email,
      admin: admin.user.email,
      recruiter: recruiter.user.email,
      evaluatorAssigned: evaluatorAssigned.user.email,
      otherWorkspace: other.recruiter.email,
    },
    interviewId: mine.interview.id,
    questionIds: questions.map((question) => question.id),
    siblingQuestionId: siblingQuestions[0]?.id ?? "",
    bankAnswerId: bankAnswer.id,
    spareInterviewId: spare.interview.id,
    spareApiTokenId: spareApiToken.id,
    recordingId: recording?.id ?? "",
    scoringReplayId: scoringReplay?.id ?? "",
    contestId: contest?.id ?? "",
  };
}
