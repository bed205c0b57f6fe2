// The human scorecard as the API serves it and the report page reads it. Pure zod: the browser may
// import it. No field is named like an AI score (score, overallScore, recommendation): a report
// without AI scoring must carry none.
import { z } from "zod";

const anchorsSchema = z.object({ "1": z.string(), "3": z.string(), "5": z.string() });

export const humanScorecardSchema = z
  .object({
    competencies: z.array(
      z.object({
        competency: z.string(),
        questionCount: z.int(),
        rubricVersion: z.string().meta({
          description:
            "The rubric version scored against: the AI's criteria and anchors, a person as the scorer.",
        }),
        humanScore: z.int().nullable().meta({
          description: "0–100, the mean of its criteria; null until every one has points.",
        }),
        criteria: z.array(
          z.object({
            key: z.string(),
            name: z.string(),
            description: z.string(),
            anchors: anchorsSchema,
            points: z.int().min(1).max(5).nullable(),
            quote: z.string(),
          }),
        ),
      }),
    ),
    scoredCriteria: z.int(),
    totalCriteria: z.int(),
    isComplete: z.boolean(),
    humanOverallScore: z.int().nullable().meta({
      description:
        "0–100, the competencies' mean weighted by question count; null until every criterion has points.",
    }),
    hireBand: z.enum(["strong_hire", "hire", "lean_hire", "no_hire", "incomplete"]).meta({
      description: "The AI path's score bands on the human overall; `incomplete` before.",
    }),
  })
  .meta({ id: "HumanScorecard" });
export type HumanScorecard = z.infer<typeof humanScorecardSchema>;

/** The accommodation a report names, as the recruiter granted it. */
export const appliedAccommodationSchema = z
  .object({
    kinds: z.array(z.string()),
    answerTimeMultiplier: z.number(),
    note: z.string(),
    description: z.string().meta({ example: "2× time per answer, typed answers only" }),
  })
  .meta({ id: "AppliedAccommodation" });
