import "server-only";
import { and, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, type Interview, interviewQuestions, positions } from "@/db/schema";

/** What a candidate's landing page and a recruiter's list need beside the interview row. */
export async function getInterviewOverview(options: { interview: Interview }) {
  const db = await getDb();
  const [row] = await db
    .select({
      company: { id: companies.id, name: companies.name, recordingMode: companies.recordingMode },
      position: {
        id: positions.id,
        title: positions.title,
        language: positions.language,
        answerSeconds: positions.answerSeconds,
      },
    })
    .from(positions)
    .innerJoin(companies, eq(companies.id, positions.companyId))
    .where(eq(positions.id, options.interview.positionId))
    .limit(1);
  if (!row) return null;
  // Main questions only: follow-ups are part of their question, however many were asked.
  const [questions] = await db
    .select({ total: count() })
    .from(interviewQuestions)
    .where(
      and(
        eq(interviewQuestions.interviewId, options.interview.id),
        eq(interviewQuestions.followUpNumber, 0),
      ),
    );
  return { ...row, questionCount: questions?.total ?? 0 };
}
