import "server-only";
import { inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answerBank, companies, interviews, users } from "@/db/schema";
import { invalidateCompanyCache, invalidateInterviewCache } from "@/lib/cache/invalidate";

/** Removes an earlier demo seed (its companies and users); returns how many companies went. */
export async function resetDemoData(options: { companyNames: string[]; userEmails: string[] }) {
  const db = await getDb();
  const removed = await db.transaction(async (tx) => {
    const previous = await tx
      .select({ id: companies.id })
      .from(companies)
      .where(inArray(companies.name, options.companyNames));
    const ids = previous.map((company) => company.id);
    let interviewIds: string[] = [];
    if (ids.length > 0) {
      // Answers the demo interviews banked go with them, so a re-seed banks them afresh.
      const demoInterviews = tx
        .select({ id: interviews.id })
        .from(interviews)
        .where(inArray(interviews.companyId, ids));
      await tx.delete(answerBank).where(inArray(answerBank.sourceInterviewId, demoInterviews));
      // Interviews restrict position deletes, so they go first; the rest cascades from companies.
      const deleted = await tx
        .delete(interviews)
        .where(inArray(interviews.companyId, ids))
        .returning({ id: interviews.id });
      interviewIds = deleted.map((row) => row.id);
      await tx.delete(companies).where(inArray(companies.id, ids));
    }
    await tx.delete(users).where(inArray(users.email, options.userEmails));
    return { companyIds: ids, interviewIds };
  });
  // A shared cache (Upstash) may still hold the removed rows for a running app.
  await Promise.all([
    ...removed.companyIds.map(invalidateCompanyCache),
    ...removed.interviewIds.map(invalidateInterviewCache),
  ]);
  return { removedCompanies: removed.companyIds.length };
}
