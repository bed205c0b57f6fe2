import "server-only";
import { listExpiredInterviewIds } from "@/lib/db/expired-interviews";
import { isDomainError } from "@/lib/domain-error";
import { describeError } from "@/lib/observability/redact-error";
import { eraseInterviewData } from "./erase-interview-data";

/**
 * Retention: each interview past DATA_RETENTION_DAYS is erased as a candidate's request would
 * erase it (recordings, banked answers, job records, cache, one audit row with reason
 * 'retention', one de-identified decision record). One that fails is logged and tried again on the next run; its files went first,
 * so none is left that no row leads to.
 */
export async function eraseExpiredInterviews(options: { retentionDays: number; now: Date }) {
  const ids = await listExpiredInterviewIds(options);
  let erased = 0;
  let failed = 0;
  for (const interviewId of ids) {
    try {
      await eraseInterviewData({
        interviewId,
        requestedByUserId: null,
        reason: "retention",
        now: options.now,
      });
      erased += 1;
    } catch (error) {
      // Gone already: a recruiter's erase got there first.
      if (isDomainError(error, "not_found")) continue;
      failed += 1;
      console.error(`retention: erasing interview ${interviewId} failed`, describeError(error));
    }
  }
  return { erased, failed };
}
