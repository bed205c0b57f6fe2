import "server-only";
import { listReadyRecordings } from "@/lib/db/recordings";
import { env } from "@/lib/env.mjs";
import { getRecordingStorage } from "@/lib/storage/get-recording-storage";

export type PlayableRecording = {
  id: string;
  /** The answer it holds; null for one file of the whole interview (LiveKit Egress). */
  questionId: string | null;
  /** A short-lived signed link (RECORDING_URL_TTL_SECONDS): minted per page view, never stored. */
  url: string;
  clockOffsetMs: number;
  durationMs: number | null;
};

/** The interview's ready recordings with fresh signed links, oldest first. */
export async function listPlayableRecordings(options: {
  interviewId: string;
}): Promise<PlayableRecording[]> {
  const rows = await listReadyRecordings(options);
  const storage = getRecordingStorage();
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      questionId: row.questionId,
      url: await storage.signedUrl(row.storageKey, env.RECORDING_URL_TTL_SECONDS),
      clockOffsetMs: row.clockOffsetMs,
      durationMs: row.durationMs,
    })),
  );
}

/** A turn's own recordings, or the whole-interview file when the answer has none of its own. */
export function recordingsForTurn(
  recordings: PlayableRecording[],
  questionId: string,
): PlayableRecording[] {
  const own = recordings.filter((recording) => recording.questionId === questionId);
  return own.length > 0 ? own : recordings.filter((recording) => recording.questionId === null);
}
