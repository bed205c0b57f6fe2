// The explanation of a result a candidate may open (AI Act Art. 86, GDPR Art. 22, Colorado's
// disclosure after an adverse outcome). Pure zod, so the browser may import it.
import { z } from "zod";
import { candidateContestSchema } from "@/lib/compliance/contests/schemas";

const anchorsSchema = z.object({ "1": z.string(), "3": z.string(), "5": z.string() });

/** Points one answer earned on one criterion, and the candidate's words that earned them. */
const earnedSchema = z.object({
  /** Null on a human scorecard: the recruiter scored the criterion over the whole interview. */
  questionOrder: z.int().nullable(),
  /** 1–5 on the anchored scale; null where the scorer measured rather than placed on it. */
  points: z.int().min(1).max(5).nullable(),
  quotes: z.array(z.string()),
});

const criterionSchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  /** Null when the rubric version behind the score is no longer known (reports before versions). */
  anchors: anchorsSchema.nullable(),
  earned: z.array(earnedSchema),
});

const competencySchema = z.object({
  competency: z.string(),
  /** The scorer's 0–100; null on a human scorecard (its points are shown per criterion). */
  score: z.int().nullable(),
  /** The score a person set in its place, when one did. */
  humanScore: z.int().nullable(),
  rubricVersions: z.array(z.string()),
  criteria: z.array(criterionSchema),
  /** Quotes the scorer cited for this competency's answers without naming a criterion. */
  otherQuotes: z.array(z.object({ questionOrder: z.int(), quote: z.string() })),
});

/** A number a person changed: the scorer's value and theirs, never who they are. */
const humanChangeSchema = z.object({
  kind: z.enum(["answer", "competency"]),
  /** "Question 2", or the competency's key. */
  subject: z.string(),
  aiValue: z.int().nullable(),
  humanValue: z.int(),
});

const outcomeSchema = z.object({
  decision: z.enum(["advanced", "not_advanced", "on_hold"]),
  decidedAt: z.iso.datetime(),
  /** For "not_advanced": the lowest-scored competencies, lowest first. */
  principalReasons: z.array(z.object({ competency: z.string(), score: z.int() })),
});

export const explanationSchema = z
  .object({
    interviewId: z.uuid(),
    companyName: z.string(),
    positionTitle: z.string(),
    /** The position's language: the page is written in it. */
    language: z.string(),
    /** False: the candidate asked that no AI score them, and people scored the interview. */
    aiScoring: z.boolean(),
    rubricVersions: z.array(z.string()),
    competencies: z.array(competencySchema),
    humanChanges: z.array(humanChangeSchema),
    outcome: outcomeSchema.nullable(),
    /** The answers a contest may be about. */
    questions: z.array(z.object({ id: z.uuid(), order: z.int(), content: z.string() })),
    contests: z.array(candidateContestSchema),
  })
  .meta({ id: "Explanation" });

export type Explanation = z.infer<typeof explanationSchema>;
export type ExplainedCompetency = z.infer<typeof competencySchema>;
export type ExplainedCriterion = z.infer<typeof criterionSchema>;
export type HumanChange = z.infer<typeof humanChangeSchema>;
export type ExplainedOutcome = z.infer<typeof outcomeSchema>;
