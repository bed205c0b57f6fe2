import { z } from "zod";
import { findBuiltInLookalike } from "./find-lookalike";
import { builtInCompetencyKeys } from "./registry";

// Safe for clients: the position form checks a typed competency with the server's own rule.

/**
 * A position's competency: a built-in key (lib/competencies/registry.ts) or a recruiter's own.
 * One that looks like a built-in one misspelt or written out is refused, naming the built-in,
 * so it cannot silently become a competency of its own with generic criteria and no questions.
 */
export const competencyKeySchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(60)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, "use letters, digits, spaces, - or _")
  .superRefine((key, context) => {
    const builtIn = findBuiltInLookalike(key);
    if (builtIn) {
      context.addIssue({
        code: "custom",
        message: `"${key}" looks like the built-in competency "${builtIn}": send "${builtIn}", or name your own competency so it cannot be mistaken for it.`,
      });
    }
  })
  .meta({
    description: `A built-in key (${builtInCompetencyKeys.join(", ")}) or your own. Your own is scored on generic criteria until its rubric is written; one that looks like a built-in misspelt or written out is refused with 422.`,
  });

export const competencyWarningCodeSchema = z.enum(["no_default_rubric", "no_bank_questions"]);

/** How well a position's competency is equipped: its rubric's source and its bank questions. */
export const competencyCoverageSchema = z
  .object({
    competency: z.string(),
    label: z.string().meta({ description: "The competency's name in the position's language." }),
    isBuiltIn: z.boolean(),
    rubricSource: z.enum(["built_in", "recruiter", "generic"]).meta({
      description:
        "built_in: the registry's default; recruiter: written or edited on the position; generic: a recruiter's own competency still on the generic criteria.",
    }),
    bankQuestionCount: z.int().min(0).meta({
      description:
        "Question-bank questions (shared and the company's) for it in the position's language.",
    }),
    warnings: z.array(z.object({ code: competencyWarningCodeSchema, message: z.string() })),
  })
  .meta({ id: "CompetencyCoverage" });

export type CompetencyCoverage = z.infer<typeof competencyCoverageSchema>;
export type CompetencyWarningCode = z.infer<typeof competencyWarningCodeSchema>;
