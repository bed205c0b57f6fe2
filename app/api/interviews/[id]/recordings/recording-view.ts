import type { z } from "zod";
import type { Recording } from "@/db/schema";
import type { recordingViewSchema } from "./schema";

/** What the candidate's client learns of a recording: no storage key. */
export function toRecordingView(recording: Recording): z.infer<typeof recordingViewSchema> {
  return {
    id: recording.id,
    questionId: recording.questionId,
    status: recording.status,
    clockOffsetMs: recording.clockOffsetMs,
    durationMs: recording.durationMs,
    byteLength: recording.byteLength,
  };
}
