import "server-only";
import type { AiProvider } from "@/lib/ai/types";
import { saveReport } from "@/lib/db/reports";
import type { ScoredAnswer } from "./score-answer";
import { recommend, summariseScores } from "./score-bands";
import { writeSummary } from "./write-summary";

/**
 * The report from the answers' computed scores: competency and overall means, a hire band only
 * when a model scored and nothing is flagged, the reasons of every flagged answer, and the
 * rubric versions behind it. Saving it leaves the interview's status to the caller.
 */
export async function buildReport(options: {
  interviewId: string;
  language: string;
  scored: ScoredAnswer[];
  provider: AiProvider;
}) {
  const { scored, provider, language } = options;
  const { overallScore, competencyScores } = summariseScores(scored);
  const flagged = scored.filter((answer) => answer.needsReview);
  const scoredBy = { provider: provider.name, model: provider.models.chat };
  const recommendation = recommend({
    overallScore,
    provider: provider.name,
    hasFlaggedAnswers: flagged.length > 0,
  });
  await saveReport({
    interviewId: options.interviewId,
    overallScore,
    competencyScores,
    recommendation,
    needsReview: flagged.length > 0,
    reviewReasons: flagged.flatMap((answer) =>
      answer.reviewReasons.map((reason) => `Question ${answer.questionOrder}: ${reason}`),
    ),
    rubricVersions: [...new Set(scored.map((answer) => answer.rubricVersion))].sort(),
    summary: writeSummary({ language, overallScore, competencyScores, scoredBy }),
    provider: provider.name,
    model: provider.models.chat,
  });
  return {
    overallScore,
    flaggedAnswers: flagged.length,
    /** What the report page shows as "Needs human review": flagged, or scored offline. */
    needsHumanReview: recommendation === "needs_review",
    droppedQuotes: scored.reduce((sum, answer) => sum + answer.droppedQuotes, 0),
  };
}
