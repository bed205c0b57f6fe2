import "server-only";
import type { Interview, InterviewQuestion, TranscriptSegment } from "@/db/schema";
import { addAnswerThreads } from "@/lib/evaluation/add-answer-threads";
import { groupAnswerThreads } from "@/lib/evaluation/group-answer-threads";
import { type CandidateReport, candidateReportSchema } from "@/lib/review/schemas";
import { toAppliedAccommodation } from "./describe-accommodation";
import { loadHumanScorecard } from "./human-scorecard";
import { humanScorecardSchema } from "./schemas";

/**
 * The recruiter's report of an interview the candidate asked no AI to score: the transcript of
 * each answer and the human scorecard, and not one AI score field (no report row exists for it).
 */
export async function buildHumanReport(options: {
  interview: Interview;
  questions: InterviewQuestion[];
  segments: TranscriptSegment[];
}) {
  const { interview, questions, segments } = options;
  const { scorecard } = await loadHumanScorecard({ interviewId: interview.id });
  const mains = groupAnswerThreads({ questions, segments }).map(({ question }) => ({ question }));
  return {
    aiScoring: false as const,
    accommodation: toAppliedAccommodation(interview.accommodationGrant),
    scorecard: humanScorecardSchema.parse(scorecard),
    answers: addAnswerThreads({ answers: mains, questions, segments }),
  };
}

/**
 * The candidate's view of such a report: the thank-you, whatever their company shares, since no
 * AI feedback exists and a person's scorecard is the hiring team's working note (an explanation
 * after the decision is its own page).
 */
export function toCandidateHumanReport(): CandidateReport {
  return candidateReportSchema.parse({ level: "none", aiScoring: false });
}
