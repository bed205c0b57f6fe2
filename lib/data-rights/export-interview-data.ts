import "server-only";
import type { Contest, IntegritySignal } from "@/db/schema";
import { listContestsOfInterview } from "@/lib/db/contests";
import { listScorecardEntries } from "@/lib/db/human-scorecard";
import { loadInterviewData } from "@/lib/db/interview-data";
import { notFoundError } from "@/lib/domain-error";
import { env } from "@/lib/env.mjs";
import { getRecordingStorage } from "@/lib/storage/get-recording-storage";

/** Bumped when a field is renamed or removed, so whoever reads an export can tell the layout. */
export const interviewExportSchemaVersion = 1;

/**
 * Everything held about one interview, as the candidate's data export. Recordings come as links
 * that expire after RECORDING_URL_TTL_SECONDS; a relative link (local storage without APP_URL) is
 * made absolute against `baseUrl`, since the file leaves the app.
 */
export async function exportInterviewData(options: {
  interviewId: string;
  baseUrl: string;
  now?: Date;
}) {
  const data = await loadInterviewData({ interviewId: options.interviewId });
  if (!data) throw notFoundError("Interview");
  const now = options.now ?? new Date();
  const ttlSeconds = env.RECORDING_URL_TTL_SECONDS;
  const storage = getRecordingStorage();
  const recordings = await Promise.all(
    data.recordings.map(async (recording) => {
      // Only a finished recording has a file to link to; one still recording is chunks.
      if (recording.status !== "ready") return { ...recording, url: null, urlExpiresAt: null };
      const link = await storage.signedUrl(recording.storageKey, ttlSeconds);
      return {
        ...recording,
        url: new URL(link, options.baseUrl).toString(),
        urlExpiresAt: new Date(now.getTime() + ttlSeconds * 1000),
      };
    }),
  );
  const { evaluations, report, ...held } = data;
  return {
    schemaVersion: interviewExportSchemaVersion,
    exportedAt: now,
    ...held,
    // The candidate asked that no AI score them: no AI score exists, so none is named, and the
    // people's scorecard is what was held instead.
    ...(data.interview.aiScoring
      ? { evaluations, report }
      : { humanScorecard: await listScorecardEntries({ interviewId: options.interviewId }) }),
    integritySignals: data.integritySignals.map(toExportedSignal),
    recordings,
    contests: (await listContestsOfInterview({ interviewId: options.interviewId })).map(
      toExportedContest,
    ),
  };
}

/**
 * What the candidate asked and was answered. Not the encrypted link back to their explanation page
 * (it holds their invite token), nor who answered: the company answers, as in its mail.
 */
function toExportedContest(contest: Contest) {
  const { explanationLinkCiphertext, answeredByUserId, ...exported } = contest;
  return exported;
}

/**
 * A similarity signal's evidence is another candidate's words (an excerpt, their interview id or a
 * banked answer of theirs): this candidate's copy says only that one was found, where, and how close.
 */
function toExportedSignal(signal: IntegritySignal) {
  if (signal.kind !== "similar_to_candidate" && signal.kind !== "similar_to_bank") return signal;
  const { similarity } = signal.evidence;
  return {
    kind: signal.kind,
    questionId: signal.questionId,
    similarity: typeof similarity === "number" ? similarity : null,
  };
}

export type InterviewExport = Awaited<ReturnType<typeof exportInterviewData>>;
