import type { InterviewQuestion, TranscriptSegment } from "@/db/schema";
import { groupAnswerThreads, measureAnswerMs } from "./group-answer-threads";

const toTurn = (segments: TranscriptSegment[]) => ({
  answer: segments.map(({ id, text, startMs, endMs }) => ({ id, text, startMs, endMs })),
  durationMs: measureAnswerMs(segments),
});

/**
 * The report's scored answers with what the recruiter reads beside each score: the candidate's
 * words and answer time, and the follow-ups asked under it in order (question, reason, answer,
 * time). Follow-ups have no score of their own: the main answer's covers the thread.
 */
export function addAnswerThreads<A extends { question: Pick<InterviewQuestion, "id"> }>(options: {
  answers: A[];
  questions: InterviewQuestion[];
  segments: TranscriptSegment[];
}) {
  const threads = new Map(
    groupAnswerThreads({ questions: options.questions, segments: options.segments }).map(
      (thread) => [thread.question.id, thread],
    ),
  );
  return options.answers.map((answer) => {
    const thread = threads.get(answer.question.id);
    return {
      ...answer,
      ...toTurn(thread?.segments ?? []),
      followUps: (thread?.followUps ?? []).map((turn) => ({
        question: turn.question,
        ...toTurn(turn.segments),
      })),
    };
  });
}
