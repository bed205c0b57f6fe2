import { z } from "zod";

export const startRecordingSchema = z.strictObject({
  questionId: z.uuid(),
  /** Where the recorder started on the interview clock that transcript segments use. */
  clockOffsetMs: z
    .int()
    .min(0)
    .max(24 * 60 * 60 * 1000),
  // What MediaRecorder chose; the browser path records audio only.
  contentType: z
    .string()
    .max(100)
    .regex(
      /^audio\/(webm|ogg|mp4)(;\s*codecs="?[\w.,\s]+"?)?$/i,
      "must be an audio/webm, audio/ogg or audio/mp4 type",
    ),
});
export type StartRecordingInput = z.infer<typeof startRecordingSchema>;

export const completeRecordingSchema = z.strictObject({
  durationMs: z
    .int()
    .min(0)
    .max(24 * 60 * 60 * 1000)
    .optional(),
});

export const recordingViewSchema = z.object({
  id: z.uuid(),
  questionId: z.uuid().nullable(),
  status: z.enum(["recording", "finalising", "ready", "failed"]),
  clockOffsetMs: z.int(),
  durationMs: z.int().nullable(),
  byteLength: z.int(),
});
