import "server-only";
import type { Contest, Interview } from "@/db/schema";
import { listInterviewQuestionsCached } from "@/lib/cache/cached-reads";
import { assertExplanationAvailable } from "@/lib/compliance/explanation/load-explanation";
import { insertContest } from "@/lib/db/contests";
import { DomainError } from "@/lib/domain-error";
import { notifyMembersOf } from "@/lib/notifications/notify-members";
import type { CreateContestInput } from "./schemas";

/** Open contests one interview may have at once. */
export const maxOpenContests = 5;
const dayMs = 24 * 60 * 60 * 1000;

/**
 * Opens the candidate's contest in the review queue, due the workspace's number of days from now,
 * and tells the position's team (a notice each; mail is queued for the caller to dispatch).
 */
export async function openContest(options: {
  interview: Interview;
  input: CreateContestInput;
  explanationLinkCiphertext: string | null;
  now?: Date;
}): Promise<Contest> {
  const { interview, input } = options;
  const now = options.now ?? new Date();
  const { company } = await assertExplanationAvailable(interview);
  const questionId = input.questionId?.toLowerCase() ?? null;
  if (questionId) {
    const questions = await listInterviewQuestionsCached(interview.id);
    if (!questions.some((question) => question.id === questionId)) {
      throw new DomainError({
        kind: "invalid_input",
        message: "questionId: not a question of this interview.",
      });
    }
  }
  const contest = await insertContest({
    companyId: interview.companyId,
    interviewId: interview.id,
    questionId,
    kind: input.kind,
    message: input.message,
    dueAt: new Date(now.getTime() + company.contestDueDays * dayMs),
    explanationLinkCiphertext: options.explanationLinkCiphertext,
    maxOpen: maxOpenContests,
  });
  await notifyMembersOf({
    kind: "contested",
    companyId: interview.companyId,
    interviewId: interview.id,
    now,
  });
  return contest;
}
