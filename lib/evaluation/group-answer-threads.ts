import type { InterviewQuestion, TranscriptSegment } from "@/db/schema";

type ThreadQuestion = Pick<
  InterviewQuestion,
  "id" | "order" | "followUpNumber" | "parentQuestionId"
>;
type ThreadSegment = Pick<TranscriptSegment, "questionId" | "speaker">;

export type AnswerTurn<Q, S> = { question: Q; segments: S[] };
export type AnswerThread<Q, S> = AnswerTurn<Q, S> & { followUps: AnswerTurn<Q, S>[] };

/**
 * The interview as threads: each main question with the candidate's segments, and its follow-ups
 * in the order they were asked, each with its own segments. Interviewer segments stay out: they
 * are the questions read aloud, not the answer.
 */
export function groupAnswerThreads<Q extends ThreadQuestion, S extends ThreadSegment>(options: {
  questions: Q[];
  segments: S[];
}): AnswerThread<Q, S>[] {
  const turn = (question: Q): AnswerTurn<Q, S> => ({
    question,
    segments: options.segments.filter(
      (segment) => segment.questionId === question.id && segment.speaker === "candidate",
    ),
  });
  const inThreadOrder = [...options.questions].sort(
    (a, b) => a.order - b.order || a.followUpNumber - b.followUpNumber,
  );
  return inThreadOrder
    .filter((question) => question.parentQuestionId === null)
    .map((main) => ({
      ...turn(main),
      followUps: inThreadOrder
        .filter((question) => question.parentQuestionId === main.id)
        .map(turn),
    }));
}

/**
 * How long an answer took: from its first segment's start to its last one's end (a typed answer
 * is one segment from the question opening to the save). Null when nothing was said.
 */
export function measureAnswerMs(segments: Pick<TranscriptSegment, "startMs" | "endMs">[]) {
  if (segments.length === 0) return null;
  const start = Math.min(...segments.map((segment) => segment.startMs));
  const end = Math.max(...segments.map((segment) => segment.endMs));
  return Math.max(0, end - start);
}
