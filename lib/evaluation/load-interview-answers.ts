import "server-only";
import { listThreadSegments } from "@/lib/ai/thread-segments";
import type { AnswerSegment, FollowUpTurn } from "@/lib/ai/types";
import { listInterviewQuestions } from "@/lib/db/interview-questions";
import { getInterviewById } from "@/lib/db/interviews";
import { getPosition } from "@/lib/db/positions";
import { listTranscriptSegments } from "@/lib/db/transcripts";
import { groupAnswerThreads } from "./group-answer-threads";

const toAnswerSegment = (segment: { id: string; text: string }): AnswerSegment => ({
  segmentId: segment.id,
  text: segment.text,
});

/**
 * Each main question of the interview with the candidate's transcript segments and its follow-up
 * thread, and the position. Follow-ups are scored with their main answer, never on their own.
 */
export async function loadInterviewAnswers(options: { interviewId: string }) {
  const interview = await getInterviewById({ id: options.interviewId });
  if (!interview) throw new Error(`Interview ${options.interviewId} does not exist.`);
  const [position, questions, segments] = await Promise.all([
    getPosition({ id: interview.positionId, companyId: interview.companyId }),
    listInterviewQuestions({ interviewId: interview.id }),
    listTranscriptSegments({ interviewId: interview.id }),
  ]);
  const answers = groupAnswerThreads({ questions, segments }).map((thread) => ({
    question: thread.question,
    segments: thread.segments.map(toAnswerSegment),
    followUps: thread.followUps.map(
      (turn): FollowUpTurn => ({
        question: turn.question.content,
        answer: turn.segments.map(toAnswerSegment),
      }),
    ),
  }));
  return {
    interview,
    position: { rubrics: position?.rubrics ?? [], language: position?.language ?? "en" },
    answers,
  };
}

type LoadedAnswer = Awaited<ReturnType<typeof loadInterviewAnswers>>["answers"][number];

/**
 * The interview's other answered threads, each as all its questions and all its answers: the
 * offline scorer compares them to tell one text reused across questions.
 */
export function listOtherAnswers(options: { answers: LoadedAnswer[]; exceptQuestionId: string }) {
  return options.answers
    .filter((other) => other.question.id !== options.exceptQuestionId && other.segments.length > 0)
    .map((other) => ({
      question: [other.question.content, ...other.followUps.map((turn) => turn.question)].join(
        "\n",
      ),
      text: listThreadSegments({ answer: other.segments, followUps: other.followUps })
        .map((segment) => segment.text)
        .join("\n"),
    }));
}
