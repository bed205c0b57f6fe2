import { z } from "zod";

const impactRowSchema = z.object({
  category: z.string(),
  label: z.string(),
  applicants: z.int(),
  selected: z.int(),
  selectionRate: z.number().nullable(),
  impactRatio: z.number().nullable(),
  isUnknown: z.boolean(),
  isTooFew: z.boolean(),
  belowFourFifths: z.boolean(),
});

const impactTableSchema = z.object({
  highestRate: z.number().nullable(),
  rows: z.array(impactRowSchema),
});

const impactMeasureSchema = z.object({
  /** What "selected" means in this measure, in words for the page and the CSV. */
  selection: z.string(),
  total: z.int(),
  selected: z.int(),
  sex: impactTableSchema,
  raceEthnicity: impactTableSchema,
  intersectional: impactTableSchema,
});

/** The adverse-impact report as the routes serve it and the OpenAPI document describes it. */
export const adverseImpactReportSchema = z.object({
  position: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  from: z.iso.date(),
  to: z.iso.date(),
  threshold: z.int(),
  decisions: impactMeasureSchema,
  scores: impactMeasureSchema,
});
export type AdverseImpactReport = z.infer<typeof adverseImpactReportSchema>;
export type ImpactMeasureView = z.infer<typeof impactMeasureSchema>;
export type ImpactTableView = z.infer<typeof impactTableSchema>;
