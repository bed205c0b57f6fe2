import "server-only";
import {
  finishEgressRecording,
  getRecordingByEgressId,
  updateEgressClockOffset,
} from "@/lib/db/egress-recordings";
import { getInterviewById } from "@/lib/db/interviews";
import { describeError } from "@/lib/observability/redact-error";
import { getRecordingStorage } from "@/lib/storage/get-recording-storage";
import type { EgressInfoPayload } from "./egress-webhook";

// A limit-reached egress still wrote a usable file up to the limit.
const fileWrittenStatuses = new Set(["EGRESS_COMPLETE", "EGRESS_LIMIT_REACHED"]);
const failedStatuses = new Set(["EGRESS_FAILED", "EGRESS_ABORTED"]);

export type EgressProgressOutcome = "ignored" | "started" | "ready" | "failed";

const nanosecondsPerMs = 1_000_000n;

/**
 * `egress_started` / `egress_updated` / `egress_ended` for an egress we started: keeps the file's
 * true start on the interview clock, and on the end links the uploaded file (size, duration) or
 * marks it failed. Events of egresses we did not start are ignored.
 */
export async function recordEgressProgress(
  info: EgressInfoPayload,
  now = new Date(),
): Promise<EgressProgressOutcome> {
  const recording = await getRecordingByEgressId({ egressId: info.egressId });
  if (!recording) {
    await deleteFileOfErasedInterview(info);
    return "ignored";
  }
  if (recording.status !== "recording") return "ignored";
  const interview = await getInterviewById({ id: recording.interviewId });
  const file = info.fileResults[0] ?? info.file;
  // The file's own first sample is the truest start; the egress start is next best.
  const fileStartNs = file?.startedAt || info.startedAt;
  const clockOffsetMs =
    fileStartNs && interview?.startedAt
      ? Number(fileStartNs / nanosecondsPerMs) - interview.startedAt.getTime()
      : undefined;

  if (fileWrittenStatuses.has(info.status)) {
    const finished = await finishEgressRecording({
      egressId: info.egressId,
      result: {
        status: "ready",
        byteLength: Number(file?.size ?? 0n),
        durationMs: file?.duration ? Number(file.duration / nanosecondsPerMs) : null,
        clockOffsetMs,
      },
      completedAt: now,
    });
    return finished ? "ready" : "ignored";
  }
  if (failedStatuses.has(info.status)) {
    // The table keeps no free text: the reason goes to the log, masked like every error.
    console.warn(
      `recordings: egress ${info.egressId} ended ${info.status}: ${describeError(new Error(info.error))}`,
    );
    const finished = await finishEgressRecording({
      egressId: info.egressId,
      result: { status: "failed" },
      completedAt: now,
    });
    return finished ? "failed" : "ignored";
  }
  if (clockOffsetMs !== undefined) {
    await updateEgressClockOffset({ egressId: info.egressId, clockOffsetMs });
  }
  return "started";
}

// Our egress files are named recordings/{interviewId}/egress-{trackSid}.ogg (egress-output.ts).
const ourEgressFile = /^recordings\/([0-9a-f-]{36})\/egress-[\w-]+\.ogg$/;

/**
 * Erasing an interview stops its egress, and LiveKit uploads the last file after that: with the
 * interview gone, that file must go too. Only a file of ours, of an interview that no longer exists.
 */
async function deleteFileOfErasedInterview(info: EgressInfoPayload) {
  if (!fileWrittenStatuses.has(info.status)) return;
  for (const file of [...info.fileResults, ...(info.file ? [info.file] : [])]) {
    const interviewId = ourEgressFile.exec(file.filename)?.[1];
    if (interviewId && !(await getInterviewById({ id: interviewId }))) {
      await getRecordingStorage().delete(file.filename);
    }
  }
}
