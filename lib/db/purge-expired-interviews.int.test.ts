import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { answerBank, interviewQuestions, interviews } from "@/db/schema";
import { embedTextHashed } from "@/lib/ai/hashed-embedding";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { collectAnswer } from "./answer-bank";
import { purgeExpiredInterviews } from "./purge-expired-interviews";

const dayMs = 24 * 60 * 60 * 1000;

describe("purgeExpiredInterviews", () => {
  it("deletes interviews past retention with their questions and banked answers, and keeps the rest", async () => {
    const tenant = await createTenant();
    const [old, neverTaken, recent] = await Promise.all(
      [0, 1, 2].map(() => createInvitedInterview(tenant)),
    );
    if (!old || !neverTaken || !recent) throw new Error("expected interviews");
    const db = await getDb();
    const now = new Date();
    await db
      .update(interviews)
      .set({ completedAt: new Date(now.getTime() - 181 * dayMs), status: "evaluated" })
      .where(eq(interviews.id, old.interview.id));
    await db
      .update(interviews)
      .set({ createdAt: new Date(now.getTime() - 200 * dayMs) })
      .where(eq(interviews.id, neverTaken.interview.id));
    // Completed 10 days ago though invited long before: counted from completion, so it stays.
    await db
      .update(interviews)
      .set({
        createdAt: new Date(now.getTime() - 400 * dayMs),
        completedAt: new Date(now.getTime() - 10 * dayMs),
      })
      .where(eq(interviews.id, recent.interview.id));

    const [question] = await db
      .select()
      .from(interviewQuestions)
      .where(eq(interviewQuestions.interviewId, old.interview.id))
      .limit(1);
    const text = "First I measured, then I fixed the index, and p99 fell from 900 ms to 40 ms.";
    await collectAnswer({
      questionId: question?.bankQuestionId ?? "",
      text,
      score: 92,
      embedding: embedTextHashed(text),
      sourceInterviewId: old.interview.id,
      sourceSegmentIds: ["s1"],
    });

    const result = await purgeExpiredInterviews({ retentionDays: 180, now });
    expect(result.purged).toBe(2);
    const ids = [old, neverTaken, recent].map((entry) => entry.interview.id);
    const left = await db
      .select({ id: interviews.id })
      .from(interviews)
      .where(inArray(interviews.id, ids));
    expect(left).toEqual([{ id: recent.interview.id }]);
    expect(
      await db
        .select()
        .from(interviewQuestions)
        .where(eq(interviewQuestions.interviewId, old.interview.id)),
    ).toEqual([]);
    expect(
      await db.select().from(answerBank).where(eq(answerBank.sourceInterviewId, old.interview.id)),
    ).toEqual([]);
  });
});
