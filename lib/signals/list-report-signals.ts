import "server-only";
import { listIntegritySignals } from "@/lib/db/integrity-signals";
import { listInterviewQuestions } from "@/lib/db/interview-questions";
import { type SignalSummary, summarizeSignals } from "./summarize-signals";

/** The interview's signals as the report shows them, per question and kind. */
export async function listReportSignals(options: {
  interviewId: string;
}): Promise<SignalSummary[]> {
  const [signals, questions] = await Promise.all([
    listIntegritySignals({ interviewId: options.interviewId }),
    listInterviewQuestions({ interviewId: options.interviewId }),
  ]);
  return summarizeSignals({ signals, questions });
}
