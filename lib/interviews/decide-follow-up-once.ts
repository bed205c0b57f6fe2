import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import type { FollowUpDecider, InterviewQuestion } from "@/db/schema";
import type { FollowUpDecision } from "@/lib/ai/types";
import {
  claimFollowUpDecision,
  getFollowUpDecision,
  recordFollowUpDecision,
  releaseFollowUpDecision,
  takeOverFollowUpDecision,
} from "@/lib/db/follow-up-decisions";
import { getInterviewQuestion } from "@/lib/db/question-threads";
import { isDomainError } from "@/lib/domain-error";

// The model call gives up after 8 s and retries once: a claim twice that old belongs to a request
// that died, and the next caller takes it over rather than waiting for ever.
const staleClaimMs = 30_000;
const pollMs = 150;

export type DecidedFollowUp = { decision: FollowUpDecision; decidedBy: FollowUpDecider };

/**
 * Decides follow-up `followUpNumber` of a thread once, for every caller on every instance: the
 * caller whose claim lands runs `decide` and `addQuestion`; the others wait for its stored
 * result ("none" included) and return the same follow-up or null. A failed decision gives the
 * claim back, so the next call decides afresh.
 */
export async function decideFollowUpOnce(options: {
  interviewId: string;
  mainQuestionId: string;
  followUpNumber: number;
  decide: () => Promise<DecidedFollowUp>;
  addQuestion: (decision: FollowUpDecision & { ask: true }) => Promise<InterviewQuestion>;
}): Promise<InterviewQuestion | null> {
  const { interviewId, mainQuestionId, followUpNumber } = options;
  for (;;) {
    const claim = await claimFollowUpDecision({ interviewId, mainQuestionId, followUpNumber });
    if (claim.isClaimed) return decideAndStore({ ...options, decisionId: claim.row.id });
    const row = await getFollowUpDecision({ mainQuestionId, followUpNumber });
    // Released between our insert and this read: claim again.
    if (!row) continue;
    if (row.status === "decided") {
      if (!row.followUpQuestionId) return null;
      return getInterviewQuestion({ interviewId, questionId: row.followUpQuestionId });
    }
    const claimedBefore = new Date(Date.now() - staleClaimMs);
    if (await takeOverFollowUpDecision({ id: row.id, claimedBefore })) {
      return decideAndStore({ ...options, decisionId: row.id });
    }
    await sleep(pollMs);
  }
}

async function decideAndStore(options: {
  decisionId: string;
  decide: () => Promise<DecidedFollowUp>;
  addQuestion: (decision: FollowUpDecision & { ask: true }) => Promise<InterviewQuestion>;
}): Promise<InterviewQuestion | null> {
  let decided: DecidedFollowUp | null = null;
  const record = (result: DecidedFollowUp, question: InterviewQuestion | null) =>
    recordFollowUpDecision({
      id: options.decisionId,
      ask: result.decision.ask,
      reason: result.decision.reason,
      decidedBy: result.decidedBy,
      followUpQuestionId: question?.id ?? null,
    });
  try {
    decided = await options.decide();
    const question = decided.decision.ask ? await options.addQuestion(decided.decision) : null;
    await record(decided, question);
    return question;
  } catch (error) {
    // The interview ended while deciding: the decision stands with nothing asked, so the calls
    // waiting on it return instead of each taking the claim and asking the model again.
    if (decided && isDomainError(error, "conflict")) await record(decided, null);
    else await releaseFollowUpDecision({ id: options.decisionId });
    throw error;
  }
}
