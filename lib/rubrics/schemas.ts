import { z } from "zod";

// Safe for clients: the position form edits rubrics with these schemas.

/** A behaviourally anchored rating scale: what a 1, a 3 and a 5 look like for one criterion. */
export const rubricAnchorsSchema = z.strictObject({
  "1": z.string().trim().min(1).max(400),
  "3": z.string().trim().min(1).max(400),
  "5": z.string().trim().min(1).max(400),
});

export const rubricCriterionSchema = z.strictObject({
  /** Stable id the model answers with; the name may be edited or translated, the key not. */
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, "use lower-case letters, digits and _ (2–40 characters)"),
  name: z.string().trim().min(1).max(80),
  description: z.string().trim().min(1).max(400),
  anchors: rubricAnchorsSchema,
});

export const competencyRubricSchema = z.strictObject({
  competency: z.string().trim().toLowerCase().min(1).max(60),
  criteria: z
    .array(rubricCriterionSchema)
    .min(3)
    .max(5)
    .refine(
      (criteria) => new Set(criteria.map((criterion) => criterion.key)).size === criteria.length,
      "criterion keys must be unique within a competency",
    ),
});

export type RubricAnchors = z.infer<typeof rubricAnchorsSchema>;
export type RubricCriterion = z.infer<typeof rubricCriterionSchema>;
export type CompetencyRubric = z.infer<typeof competencyRubricSchema>;

/** The anchored scale's points; 2 and 4 sit between the written anchors. */
export const anchoredScalePoints = [1, 2, 3, 4, 5] as const;
