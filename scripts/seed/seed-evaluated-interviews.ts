import "server-only";
import { inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { questionBank } from "@/db/schema";
import { announceCompletions } from "@/inngest/announce-completion";
import { listInterviewQuestions } from "@/lib/db/interview-questions";
import { createInterview, getInterviewById } from "@/lib/db/interviews";
import { addFollowUpQuestion } from "@/lib/db/question-threads";
import { addTranscriptSegments } from "@/lib/db/transcripts";
import { completeInterview, startInterview } from "@/lib/interviews/interview-lifecycle";
import type { DemoFollowUp } from "./demo-follow-ups";

export type DemoCandidate = {
  name: string;
  email: string;
  resumeText: string;
  /** Per question, the transcript segments of the answer as the candidate said them. */
  answers: readonly (readonly string[])[];
  followUps?: readonly DemoFollowUp[];
};

/** The shared bank questions with these contents, in this order. */
export async function findBankQuestionIds(contents: readonly string[]): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: questionBank.id, content: questionBank.content })
    .from(questionBank)
    .where(inArray(questionBank.content, [...contents]));
  return contents.map((content) => {
    const row = rows.find((candidate) => candidate.content === content);
    if (!row)
      throw new Error(`The question bank lacks the demo question "${content.slice(0, 60)}…".`);
    return row.id;
  });
}

/**
 * Takes each demo candidate through the interview the way the app does (start, answers and
 * follow-ups as transcript segments, complete), so the evaluation, report and answer bank come from the real
 * pipeline rather than from hand-written rows.
 */
export async function seedEvaluatedInterviews(options: {
  companyId: string;
  recruiterId: string;
  positionId: string;
  bankQuestionIds: readonly string[];
  candidates: readonly DemoCandidate[];
}) {
  const interviewIds: string[] = [];
  for (const candidate of options.candidates) {
    const { interview } = await createInterview({
      companyId: options.companyId,
      createdByUserId: options.recruiterId,
      positionId: options.positionId,
      candidateEmail: candidate.email,
      candidateName: candidate.name,
      resumeText: candidate.resumeText,
      questionCount: options.bankQuestionIds.length,
      bankQuestionIds: options.bankQuestionIds,
      inviteTtlDays: 30,
    });
    const started = await startInterview(interview);
    const questions = await listInterviewQuestions({ interviewId: interview.id });
    // Each thread in the order it was spoken: the main answer, then its follow-ups' answers.
    const turns = [];
    for (const [index, question] of questions.entries()) {
      turns.push({
        id: `demo-${index + 1}`,
        questionId: question.id,
        texts: candidate.answers[index] ?? [],
      });
      const followUps = (candidate.followUps ?? []).filter((f) => f.questionIndex === index);
      for (const [number, followUp] of followUps.entries()) {
        const asked = await addFollowUpQuestion({
          interviewId: interview.id,
          main: question,
          followUpNumber: number + 1,
          content: followUp.question,
          reason: followUp.reason,
        });
        turns.push({
          id: `demo-${index + 1}-f${number + 1}`,
          questionId: asked.id,
          texts: followUp.answer,
        });
      }
    }
    let clock = 0;
    const segments = turns.flatMap((turn) =>
      turn.texts.map((text, part) => {
        const startMs = clock;
        clock += 4000 + text.length * 60;
        return {
          id: `${turn.id}-${part + 1}`,
          questionId: turn.questionId,
          speaker: "candidate" as const,
          text,
          startMs,
          endMs: clock,
        };
      }),
    );
    if (segments.length > 0) await addTranscriptSegments({ interviewId: interview.id, segments });
    const { completion } = await completeInterview(started);
    // Without Inngest the evaluation runs here, to the end, before the next candidate.
    await announceCompletions([completion]);
    interviewIds.push(interview.id);
  }
  const statuses = await Promise.all(interviewIds.map((id) => getInterviewById({ id })));
  return statuses.map((interview) => ({ id: interview?.id ?? "", status: interview?.status }));
}
