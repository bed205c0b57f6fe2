import "server-only";
import type { AnswerSegment } from "@/lib/ai/types";
import { getInterviewOverview } from "@/lib/db/interview-overview";
import { listInterviewQuestions } from "@/lib/db/interview-questions";
import { getInterviewById } from "@/lib/db/interviews";
import { listTranscriptSegments } from "@/lib/db/transcripts";

/** Each question of the interview with the candidate's transcript segments for it, in order. */
export async function loadInterviewAnswers(options: { interviewId: string }) {
  const interview = await getInterviewById({ id: options.interviewId });
  if (!interview) throw new Error(`Interview ${options.interviewId} does not exist.`);
  const [overview, questions, segments] = await Promise.all([
    getInterviewOverview({ interview }),
    listInterviewQuestions({ interviewId: interview.id }),
    listTranscriptSegments({ interviewId: interview.id }),
  ]);
  const answers = questions.map((question) => ({
    question,
    segments: segments
      .filter((segment) => segment.questionId === question.id && segment.speaker === "candidate")
      .map((segment): AnswerSegment => ({ segmentId: segment.id, text: segment.text })),
  }));
  return { interview, language: overview?.position.language ?? "en", answers };
}
