import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { interviews, jobRuns } from "@/db/schema";
import { getInterviewById, transitionInterviewStatus } from "@/lib/db/interviews";
import { completeInterview, startInterview } from "@/lib/interviews/interview-lifecycle";
import { takeSttGrant } from "@/lib/stt/take-stt-grant";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { announceCompletions, withCompletionAnnounced } from "./announce-completion";
import { runMaintenance } from "./run-maintenance";

// Without Inngest, and outside a request, an announced completion is evaluated before the call
// returns: the evaluate-interview runs of an interview count its announcements.

async function startedInterview(options: { minutesAgo?: number } = {}) {
  const { interview } = await createInvitedInterview(await createTenant(), { questionCount: 1 });
  const started = await startInterview(interview);
  if (options.minutesAgo) {
    const db = await getDb();
    await db
      .update(interviews)
      .set({ startedAt: new Date(Date.now() - options.minutesAgo * 60_000) })
      .where(eq(interviews.id, interview.id));
  }
  return started;
}

async function countEvaluations(interviewId: string) {
  const db = await getDb();
  const rows = await db
    .select({ id: jobRuns.id })
    .from(jobRuns)
    .where(and(eq(jobRuns.interviewId, interviewId), eq(jobRuns.functionId, "evaluate-interview")));
  return rows.length;
}

describe("announcing a completed interview", () => {
  it("evaluates once when two requests complete the same interview at the same moment", async () => {
    const interview = await startedInterview();
    const results = await Promise.all([completeInterview(interview), completeInterview(interview)]);
    expect(results.filter((result) => result.completion !== null)).toHaveLength(1);
    await announceCompletions(results.map((result) => result.completion));
    expect(await countEvaluations(interview.id)).toBe(1);
    expect((await getInterviewById({ id: interview.id }))?.status).toBe("evaluated");
  }, 20_000);

  it("evaluates an interview a token request ended at its time limit, once for many such requests", async () => {
    const interview = await startedInterview({ minutesAgo: 300 });
    const requests = Array.from({ length: 3 }, () =>
      withCompletionAnnounced(() => takeSttGrant({ interviewId: interview.id })),
    );
    const outcomes = await Promise.allSettled(requests);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected", "rejected"]);
    for (const outcome of outcomes) {
      if (outcome.status === "rejected") {
        expect(outcome.reason).toMatchObject({ code: "interview_time_limit" });
      }
    }
    expect(await countEvaluations(interview.id)).toBe(1);
    expect((await getInterviewById({ id: interview.id }))?.status).toBe("evaluated");
  }, 20_000);

  it("evaluates what the maintenance timer ends, and nothing twice when it runs again", async () => {
    const interview = await startedInterview({ minutesAgo: 600 });
    expect((await runMaintenance()).endedInterviews).toBeGreaterThanOrEqual(1);
    await runMaintenance();
    expect(await countEvaluations(interview.id)).toBe(1);
    expect((await getInterviewById({ id: interview.id }))?.status).toBe("evaluated");
  }, 20_000);
});

describe("the one writer of an interview's status", () => {
  it("refuses a move the status table does not allow, leaving the row as it was", async () => {
    const interview = await startedInterview();
    await expect(
      transitionInterviewStatus({ id: interview.id, from: ["in_progress"], to: "evaluated" }),
    ).rejects.toThrow("may not move from in_progress to evaluated");
    expect((await getInterviewById({ id: interview.id }))?.status).toBe("in_progress");
  });
});
