import "server-only";
import type { Recording } from "@/db/schema";
import { createBrowserRecording, listOpenBrowserRecordingIds } from "@/lib/db/recordings";
import { DomainError } from "@/lib/domain-error";
import { env } from "@/lib/env.mjs";
import { countSpendLimit, spendLimitCounters } from "@/lib/interviews/spend-limit-counters";
import { completeBrowserRecording } from "./complete-browser-recording";

/**
 * Starts an answer's recording, up to RECORDINGS_PER_INTERVIEW (413 `recording_quota_exceeded`
 * past it, counted for the operator page). One page records one answer at a time, so a recording
 * still open is what a reload cut short: it is completed with the chunks that arrived and kept as
 * a part of its own, and the new recording holds the rest of the answer.
 */
export async function startBrowserRecording(options: {
  interviewId: string;
  questionId: string;
  clockOffsetMs: number;
  contentType: string;
}): Promise<Recording> {
  const recording = await createBrowserRecording({
    ...options,
    maxRecordings: env.RECORDINGS_PER_INTERVIEW,
  }).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "recording_quota_exceeded") {
      countSpendLimit(spendLimitCounters.recordingQuotaRefused);
    }
    throw error;
  });
  await completeOpenBrowserRecordings({ interviewId: options.interviewId, except: recording.id });
  return recording;
}

/**
 * Completes the interview's recordings still open, with the chunks that arrived: one a reload cut
 * short, or, when the interview completes, one the page never got to complete itself.
 */
export async function completeOpenBrowserRecordings(options: {
  interviewId: string;
  except?: string;
}) {
  const openIds = await listOpenBrowserRecordingIds({ interviewId: options.interviewId });
  for (const recordingId of openIds.filter((id) => id !== options.except)) {
    await completeBrowserRecording({ interviewId: options.interviewId, recordingId });
  }
}
