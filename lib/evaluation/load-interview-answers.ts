import "server-only";
import type { AnswerSegment } from "@/lib/ai/types";
import { listInterviewQuestions } from "@/lib/db/interview-questions";
import { getInterviewById } from "@/lib/db/interviews";
import { getPosition } from "@/lib/db/positions";
import { listTranscriptSegments } from "@/lib/db/transcripts";

/** Each question of the interview with the candidate's transcript segments, and the position. */
export async function loadInterviewAnswers(options: { interviewId: string }) {
  const interview = await getInterviewById({ id: options.interviewId });
  if (!interview) throw new Error(`Interview ${options.interviewId} does not exist.`);
  const [position, questions, segments] = await Promise.all([
    getPosition({ id: interview.positionId, companyId: interview.companyId }),
    listInterviewQuestions({ interviewId: interview.id }),
    listTranscriptSegments({ interviewId: interview.id }),
  ]);
  const answers = questions.map((question) => ({
    question,
    segments: segments
      .filter((segment) => segment.questionId === question.id && segment.speaker === "candidate")
      .map((segment): AnswerSegment => ({ segmentId: segment.id, text: segment.text })),
  }));
  return {
    interview,
    position: { rubrics: position?.rubrics ?? [], language: position?.language ?? "en" },
    answers,
  };
}
