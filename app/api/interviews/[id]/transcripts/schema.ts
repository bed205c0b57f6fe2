import { z } from "zod";

export const transcriptSegmentSchema = z
  .strictObject({
    id: z
      .string()
      .min(1)
      .max(128)
      .regex(/^[\w.:-]+$/, "use letters, digits, '_', '-', '.' or ':'"),
    questionId: z.uuid(),
    // The interviewer's lines come from the server; a candidate can only speak for themselves.
    speaker: z.literal("candidate", { error: 'candidates may post only "candidate" segments' }),
    text: z.string().trim().min(1).max(20_000),
    startMs: z
      .int()
      .min(0)
      .max(24 * 60 * 60 * 1000),
    endMs: z
      .int()
      .min(0)
      .max(24 * 60 * 60 * 1000),
  })
  .refine((segment) => segment.endMs >= segment.startMs, {
    message: "must not be before startMs",
    path: ["endMs"],
  });

export const addTranscriptSegmentsSchema = z.strictObject({
  segments: z
    .array(transcriptSegmentSchema)
    .min(1)
    .max(200)
    .refine(
      (list) => new Set(list.map((s) => s.id)).size === list.length,
      "segment ids must be unique",
    ),
});
export type AddTranscriptSegmentsInput = z.infer<typeof addTranscriptSegmentsSchema>;

export const listTranscriptQuerySchema = z.strictObject({ questionId: z.uuid().optional() });
