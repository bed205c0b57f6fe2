import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviews } from "@/db/schema";

/**
 * Takes `bytes` from the interview's recording quota in one conditional UPDATE (as the STT budget
 * does): concurrent uploads queue on the row lock, so the quota is never overshot. False when
 * the interview is not in progress or the bytes would pass `maxBytes`.
 */
export async function claimRecordingBytes(options: {
  interviewId: string;
  bytes: number;
  maxBytes: number;
}): Promise<boolean> {
  const db = await getDb();
  const claimed = await db
    .update(interviews)
    .set({ recordingBytesReceived: sql`${interviews.recordingBytesReceived} + ${options.bytes}` })
    .where(
      and(
        eq(interviews.id, options.interviewId),
        eq(interviews.status, "in_progress"),
        sql`${interviews.recordingBytesReceived} + ${options.bytes} <= ${options.maxBytes}`,
      ),
    )
    .returning({ id: interviews.id });
  return claimed.length > 0;
}

/** Gives bytes back when storing the chunk failed, so an outage does not eat the quota. */
export async function releaseRecordingBytes(options: {
  interviewId: string;
  bytes: number;
}): Promise<void> {
  const db = await getDb();
  await db
    .update(interviews)
    .set({
      recordingBytesReceived: sql`greatest(${interviews.recordingBytesReceived} - ${options.bytes}, 0)`,
    })
    .where(eq(interviews.id, options.interviewId));
}
