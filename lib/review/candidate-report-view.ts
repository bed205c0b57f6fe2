import type { CandidateFeedbackLevel } from "@/db/schema/companies";
import type { Evaluation } from "@/db/schema/evaluations";
import type { InterviewQuestion } from "@/db/schema/interviews";
import type { Report } from "@/db/schema/reports";
import type { ScoreOverride } from "@/db/schema/reviews";
import { applyCompetencyOverrides } from "./human-scores";

type ReportData = {
  report: Report;
  answers: { evaluation: Evaluation; question: InterviewQuestion }[];
};

const questionView = (question: InterviewQuestion) => ({
  id: question.id,
  order: question.order,
  content: question.content,
  competency: question.competency,
});

/**
 * What the candidate may read, built field by field (never the recruiter's rows minus some) so a
 * new column cannot leak: `none` a thank-you, `feedback` strengths and improvements per answer
 * without any score or recommendation, `full` everything with human values where people set them.
 */
export function toCandidateReport(options: {
  level: CandidateFeedbackLevel;
  data: ReportData;
  overrides: Pick<ScoreOverride, "kind" | "target" | "score">[];
}) {
  const { report, answers } = options.data;
  const scoredBy = { provider: report.provider, model: report.model };
  if (options.level === "none") return { level: "none" as const };
  if (options.level === "feedback") {
    return {
      level: "feedback" as const,
      scoredBy,
      answers: answers.map(({ question, evaluation }) => ({
        question: questionView(question),
        evaluation: { strengths: evaluation.strengths, improvements: evaluation.improvements },
      })),
    };
  }
  const humanAnswerScores = new Map(
    options.overrides.filter((row) => row.kind === "answer").map((row) => [row.target, row.score]),
  );
  const competencies = applyCompetencyOverrides({
    competencyScores: report.competencyScores,
    overrides: options.overrides
      .filter((row) => row.kind === "competency")
      .map((row) => ({ competency: row.target, score: row.score })),
  });
  return {
    level: "full" as const,
    scoredBy,
    report: {
      overallScore: report.overallScore,
      ...(competencies.humanOverallScore === undefined
        ? {}
        : { humanOverallScore: competencies.humanOverallScore }),
      recommendation: report.recommendation,
      summary: report.summary,
      provider: report.provider,
      model: report.model,
      competencyScores: competencies.competencyScores.map((row) => ({
        competency: row.competency,
        score: row.score,
        ...(row.humanScore === undefined ? {} : { humanScore: row.humanScore }),
      })),
    },
    answers: answers.map(({ question, evaluation }) => {
      const humanScore = humanAnswerScores.get(question.id);
      return {
        question: questionView(question),
        evaluation: {
          score: evaluation.score,
          ...(humanScore === undefined ? {} : { humanScore }),
          feedback: evaluation.feedback,
          strengths: evaluation.strengths,
          improvements: evaluation.improvements,
          evidence: evaluation.evidence.map((item) => ({
            quote: item.quote,
            supports: item.supports,
          })),
          rubricScores: evaluation.rubricScores.map((row) => ({
            criterion: row.criterion,
            score: row.score,
            ...(row.points === undefined ? {} : { points: row.points }),
            rationale: row.rationale,
          })),
        },
      };
    }),
  };
}

export type CandidateReportView = ReturnType<typeof toCandidateReport>;
