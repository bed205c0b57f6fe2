import "server-only";
import type { TranscriptSegment } from "@/db/schema";

export type AnswerWindow = { questionId: string; startMs: number; endMs: number };

/**
 * Where each answer lies in a whole-interview egress file: from its first segment's start to its
 * last segment's end, moved by the file's clockOffsetMs (segments use the interview clock). A
 * window is clamped at 0: an answer that began before the egress did plays from the file's start.
 */
export function locateAnswersInEgressFile(options: {
  segments: Pick<TranscriptSegment, "questionId" | "startMs" | "endMs">[];
  clockOffsetMs: number;
}): AnswerWindow[] {
  const byQuestion = new Map<string, { startMs: number; endMs: number }>();
  for (const segment of options.segments) {
    const window = byQuestion.get(segment.questionId);
    byQuestion.set(segment.questionId, {
      startMs: Math.min(window?.startMs ?? segment.startMs, segment.startMs),
      endMs: Math.max(window?.endMs ?? segment.endMs, segment.endMs),
    });
  }
  return [...byQuestion].map(([questionId, window]) => ({
    questionId,
    startMs: Math.max(0, window.startMs - options.clockOffsetMs),
    endMs: Math.max(0, window.endMs - options.clockOffsetMs),
  }));
}

/**
 * Opens each whole-interview file (questionId null) at this answer: a media fragment (`#t=`)
 * sets where an audio element starts without any player code, and never reaches the server, so
 * signed links stay valid. Files of the answer itself are returned as they are.
 */
export function openWholeInterviewFilesAtAnswer<
  TPart extends { questionId: string | null; url: string; clockOffsetMs: number },
>(
  parts: TPart[],
  answerSegments: Pick<TranscriptSegment, "questionId" | "startMs" | "endMs">[],
): TPart[] {
  return parts.map((part) => {
    if (part.questionId !== null) return part;
    const [window] = locateAnswersInEgressFile({
      segments: answerSegments,
      clockOffsetMs: part.clockOffsetMs,
    });
    if (!window) return part;
    return { ...part, url: `${part.url}#t=${(window.startMs / 1000).toFixed(1)}` };
  });
}
