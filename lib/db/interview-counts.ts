import "server-only";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type InterviewStatus, interviews } from "@/db/schema";

/** How many of the company's interviews are in each status (absent statuses are missing keys). */
export async function countInterviewsByStatus(options: {
  companyId: string;
  positionIds?: string[];
}): Promise<Partial<Record<InterviewStatus, number>>> {
  const db = await getDb();
  const rows = await db
    .select({ status: interviews.status, total: count() })
    .from(interviews)
    .where(
      and(
        eq(interviews.companyId, options.companyId),
        options.positionIds ? inArray(interviews.positionId, options.positionIds) : undefined,
      ),
    )
    .groupBy(interviews.status);
  return Object.fromEntries(rows.map((row) => [row.status, row.total]));
}

/** Per position: how many interviews, and how many of them have been evaluated. */
export async function countInterviewsByPosition(options: { companyId: string }) {
  const db = await getDb();
  const rows = await db
    .select({
      positionId: interviews.positionId,
      total: count(),
      evaluated: count(sql`case when ${interviews.status} = 'evaluated' then 1 end`),
    })
    .from(interviews)
    .where(eq(interviews.companyId, options.companyId))
    .groupBy(interviews.positionId);
  return new Map(rows.map((row) => [row.positionId, row]));
}
