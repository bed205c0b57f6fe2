import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { hiringDecisions, interviews, positions } from "@/db/schema";

/**
 * An interview's ids as a webhook carries them: ours and the ATS's (position, candidate,
 * application), and the current decision, and whether an AI scores it. Null when the interview is gone or another company's.
 */
export async function getInterviewExternalRefs(options: {
  interviewId: string;
  companyId: string;
}) {
  const db = await getDb();
  const [row] = await db
    .select({
      interviewId: interviews.id,
      positionId: interviews.positionId,
      externalJobId: positions.externalJobId,
      externalCandidateId: interviews.externalCandidateId,
      externalApplicationId: interviews.externalApplicationId,
      decision: hiringDecisions.decision,
      aiScoring: interviews.aiScoring,
    })
    .from(interviews)
    .innerJoin(positions, eq(positions.id, interviews.positionId))
    .leftJoin(hiringDecisions, eq(hiringDecisions.interviewId, interviews.id))
    .where(
      and(eq(interviews.id, options.interviewId), eq(interviews.companyId, options.companyId)),
    );
  return row ?? null;
}
