// What a candidate may read of their report: one schema for the builder's output, the candidate's
// page and the OpenAPI document. Pure zod, so the browser may import it.
import { z } from "zod";

const questionSchema = z.object({
  id: z.uuid(),
  order: z.int(),
  content: z.string(),
  competency: z.string(),
});
const scoredBySchema = z.object({ provider: z.string(), model: z.string() });
const listSchema = z.array(z.string());
/** False when the candidate asked that no AI score them: then no AI feedback or score exists. */
const aiScoringSchema = z.boolean();

export const candidateReportSchema = z
  .discriminatedUnion("level", [
    z.object({ level: z.literal("none"), aiScoring: aiScoringSchema }),
    z.object({
      level: z.literal("feedback"),
      aiScoring: aiScoringSchema,
      scoredBy: scoredBySchema,
      answers: z.array(
        z.object({
          question: questionSchema,
          evaluation: z.object({ strengths: listSchema, improvements: listSchema }),
        }),
      ),
    }),
    z.object({
      level: z.literal("full"),
      aiScoring: aiScoringSchema,
      scoredBy: scoredBySchema,
      report: z.object({
        overallScore: z.number(),
        humanOverallScore: z.number().optional(),
        recommendation: z.string(),
        summary: z.string(),
        provider: z.string(),
        model: z.string(),
        competencyScores: z.array(
          z.object({
            competency: z.string(),
            score: z.number(),
            humanScore: z.number().optional(),
          }),
        ),
      }),
      answers: z.array(
        z.object({
          question: questionSchema,
          evaluation: z.object({
            score: z.number(),
            humanScore: z.number().optional(),
            feedback: z.string(),
            strengths: listSchema,
            improvements: listSchema,
            evidence: z.array(z.object({ quote: z.string(), supports: z.string() })),
            rubricScores: z.array(
              z.object({
                criterion: z.string(),
                score: z.number(),
                points: z.number().optional(),
                rationale: z.string(),
              }),
            ),
          }),
        }),
      ),
    }),
  ])
  .meta({
    id: "CandidateReport",
    description:
      "What the candidate's company shares: `none` (a thank-you), `feedback` (strengths and improvements, no score) or `full`.",
  });
export type CandidateReport = z.infer<typeof candidateReportSchema>;
