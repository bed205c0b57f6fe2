import type { Interview } from "@/db/schema";
import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { getReportCached, listInterviewQuestionsCached } from "@/lib/cache/cached-reads";
import { toAppliedAccommodation } from "@/lib/compliance/scorecard/describe-accommodation";
import { buildHumanReport, toCandidateHumanReport } from "@/lib/compliance/scorecard/human-report";
import { listIntegritySignals } from "@/lib/db/integrity-signals";
import { listTranscriptSegments } from "@/lib/db/transcripts";
import { addAnswerThreads } from "@/lib/evaluation/add-answer-threads";
import { ApiError } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { getCandidateReport } from "@/lib/review/get-candidate-report";
import { summarizeSignals } from "@/lib/signals/summarize-signals";

// GET /api/interviews/{id}/report – the evaluation report; 404 until the pipeline has built it.
// The candidate gets only what their company shares (none, feedback or full), filtered here; the
// recruiter also gets each answer's words, time and follow-up thread.
export const GET = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { principal, interview } = await requireInterviewAccess(req, {
    interviewId,
    allow: ["candidate", "interview:read"],
  });
  if (!interview.aiScoring) return serveHumanReport({ principal, interview });
  const report = await getReportCached(interviewId);
  if (!report) {
    throw new ApiError({
      code: "not_found",
      message: `The report is not ready yet (interview status: ${interview.status}).`,
    });
  }
  if (principal.kind === "candidate") {
    return Response.json(await getCandidateReport({ interview, data: report }));
  }
  const [questions, segments, signals] = await Promise.all([
    listInterviewQuestionsCached(interviewId),
    listTranscriptSegments({ interviewId }),
    listIntegritySignals({ interviewId }),
  ]);
  return Response.json({
    ...report,
    aiScoring: true,
    accommodation: toAppliedAccommodation(interview.accommodationGrant),
    answers: addAnswerThreads({ answers: report.answers, questions, segments }),
    // For review only: the scores above never read them.
    signals: summarizeSignals({ signals, questions }),
  });
});

/**
 * The candidate asked that no AI score them: no report row exists, and the response carries the
 * transcript and the human scorecard with no AI score field at all. Ready once the interview is.
 */
async function serveHumanReport(options: {
  principal: { kind: string };
  interview: Interview;
}): Promise<Response> {
  const { interview } = options;
  if (interview.status !== "evaluated") {
    throw new ApiError({
      code: "not_found",
      message: `The report is not ready yet (interview status: ${interview.status}).`,
    });
  }
  if (options.principal.kind === "candidate") return Response.json(toCandidateHumanReport());
  const [questions, segments, signals] = await Promise.all([
    listInterviewQuestionsCached(interview.id),
    listTranscriptSegments({ interviewId: interview.id }),
    listIntegritySignals({ interviewId: interview.id }),
  ]);
  return Response.json({
    ...(await buildHumanReport({ interview, questions, segments })),
    signals: summarizeSignals({ signals, questions }),
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
