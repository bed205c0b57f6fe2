import "server-only";
import type { Recording } from "@/db/schema";
import { createBrowserRecording, listOpenBrowserRecordingIds } from "@/lib/db/recordings";
import { completeBrowserRecording } from "./complete-browser-recording";

/**
 * Starts an answer's recording. One page records one answer at a time, so a recording still open
 * is what a reload cut short: it is completed with the chunks that arrived and kept as a part of
 * its own, and the new recording holds the rest of the answer.
 */
export async function startBrowserRecording(options: {
  interviewId: string;
  questionId: string;
  clockOffsetMs: number;
  contentType: string;
}): Promise<Recording> {
  const recording = await createBrowserRecording(options);
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
