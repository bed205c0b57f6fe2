import { z } from "zod";
import { scoringReplayStatuses } from "@/db/schema/compliance";
import { competencyRubricSchema } from "@/lib/rubrics/schemas";

// Safe for clients: the position page's replay panel reads replays with these.

/** What an operator proposes: the position's rubrics, or a chat model to preview before a deploy. */
export const proposedScoringChangeSchema = z
  .strictObject({
    rubrics: z.array(competencyRubricSchema).min(1).max(20).optional(),
    model: z
      .string()
      .trim()
      .regex(/^[\w.:-]{1,80}$/, "a model id: letters, digits, . : _ - (1–80 characters)")
      .optional(),
  })
  .refine((value) => value.rubrics || value.model, "Send rubrics, a model, or both.");

export type ProposedScoringChange = z.infer<typeof proposedScoringChangeSchema>;

export const competencyShiftSchema = z.object({
  competency: z.string(),
  /** Interviews that have this competency scored both before and after. */
  interviewCount: z.int(),
  /** Mean of (new − old) of the competency score, one decimal. */
  meanShift: z.number(),
  /** The (new − old) furthest from zero, and the interviews that have it. */
  largestShift: z.int(),
  largestShiftInterviewIds: z.array(z.string()),
});

export const replayedInterviewSchema = z.object({
  interviewId: z.string(),
  oldOverall: z.int(),
  newOverall: z.int(),
  oldBand: z.string(),
  newBand: z.string(),
});

const impactRowSchema = z.object({
  category: z.string(),
  applicants: z.int(),
  selected: z.int(),
  selectionRate: z.number().nullable(),
  impactRatio: z.number().nullable(),
  isUnknown: z.boolean(),
  isTooFew: z.boolean(),
  belowFourFifths: z.boolean(),
});
const impactTableSchema = z.object({
  rows: z.array(impactRowSchema),
  highestRate: z.number().nullable(),
});
/** The adverse-impact report's tables (lib/compliance/adverse-impact) on the "scores" measure. */
const impactTablesSchema = z.object({
  total: z.int(),
  selected: z.int(),
  sex: impactTableSchema,
  raceEthnicity: impactTableSchema,
  intersectional: impactTableSchema,
});

/** Selection rates and impact ratios of the sample before and after the change. */
export const replayImpactSchema = z.object({
  /** An interview counts as selected when its overall is at least this. */
  threshold: z.int(),
  /** Interviews in the sample with a self-identification on file. */
  selfIdentifiedCount: z.int(),
  before: impactTablesSchema,
  after: impactTablesSchema,
});

export const replayResultSchema = z.object({
  interviewCount: z.int(),
  scoredBy: z.object({ provider: z.string(), model: z.string(), scorerVersion: z.string() }),
  /** Scoring calls made, and the bound (one per answer of the sample); none is billed to a candidate. */
  scoringCalls: z.object({ made: z.int(), limit: z.int(), note: z.string() }),
  competencies: z.array(competencyShiftSchema),
  bandChanges: z.object({ basis: z.string(), count: z.int(), interviewIds: z.array(z.string()) }),
  interviews: z.array(replayedInterviewSchema),
  /** Null for a member without adverse-impact:read (aggregates of self-identification). */
  impact: replayImpactSchema.nullable(),
  notes: z.array(z.string()),
});

export type CompetencyShift = z.infer<typeof competencyShiftSchema>;
export type ReplayedInterview = z.infer<typeof replayedInterviewSchema>;
export type ReplayResult = z.infer<typeof replayResultSchema>;

export const scoringReplayViewSchema = z
  .object({
    id: z.string(),
    positionId: z.string(),
    status: z.enum(scoringReplayStatuses),
    change: z.object({
      rubrics: z.array(competencyRubricSchema).optional(),
      model: z.string().optional(),
      scorerVersion: z.string().optional(),
    }),
    sampleSize: z.int(),
    fromRubricVersions: z.array(z.string()),
    toRubricVersions: z.array(z.string()),
    result: replayResultSchema.nullable(),
    error: z.string().nullable(),
    durationMs: z.int().nullable(),
    requestedByUserId: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    appliedAt: z.string().nullable(),
    appliedByUserId: z.string().nullable(),
  })
  .meta({ id: "ScoringReplay" });

export type ScoringReplayView = z.infer<typeof scoringReplayViewSchema>;
