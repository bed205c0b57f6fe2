import "server-only";
import { getReportCached } from "@/lib/cache/cached-reads";
import { isDomainError } from "@/lib/domain-error";
import { env } from "@/lib/env.mjs";
import { nominateAnswer } from "@/lib/review/nominate-answer";

/**
 * The seed stands in for the recruiter who nominates the demo's best answers to the answer bank
 * (an offline score never banks one by itself), through the same path the report's button takes,
 * so the answer bank shows content from the first start.
 */
export async function nominateSeededAnswers(options: {
  interviewIds: string[];
  recruiterId: string;
}): Promise<number> {
  let nominated = 0;
  for (const interviewId of options.interviewIds) {
    const data = await getReportCached(interviewId);
    for (const { question, evaluation } of data?.answers ?? []) {
      if (evaluation.score < env.EXCELLENT_ANSWER_SCORE || !question.bankQuestionId) continue;
      try {
        const banked = await nominateAnswer({
          interviewId,
          questionId: question.id,
          actorUserId: options.recruiterId,
          reason: "Demo seed: an exemplary answer.",
        });
        if (banked.isNew) nominated += 1;
      } catch (error) {
        // A near-identical answer to the question is already banked: one is enough.
        if (!isDomainError(error, "conflict")) throw error;
      }
    }
  }
  return nominated;
}
