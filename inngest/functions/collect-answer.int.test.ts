import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { answerBank, interviewQuestions } from "@/db/schema";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { dispatch } from "../dispatch";
import { answerExcellent } from "../events";
import { collectAnswerFunction } from "./collect-answer";

const answer =
  "First I measured the p99 latency of the read path, then I added a cache in front of the questions table, because 90 percent of reads repeated within an hour.";

async function setUp() {
  const tenant = await createTenant();
  const interviews = await Promise.all([0, 1].map(() => createInvitedInterview(tenant)));
  const db = await getDb();
  const questionFor = async (interviewId: string) => {
    const [question] = await db
      .select()
      .from(interviewQuestions)
      .where(eq(interviewQuestions.interviewId, interviewId))
      .orderBy(interviewQuestions.order)
      .limit(1);
    if (!question?.bankQuestionId) throw new Error("no bank question");
    return question;
  };
  const eventFor = async (index: number, text = answer, needsApproval = false) => {
    const interviewId = interviews[index]?.interview.id ?? "";
    const question = await questionFor(interviewId);
    return answerExcellent.create({
      interviewId,
      interviewQuestionId: question.id,
      bankQuestionId: question.bankQuestionId ?? "",
      text,
      score: 91,
      segmentIds: [`seg-${index}`],
      needsApproval,
    });
  };
  const bankRows = async (bankQuestionId: string) =>
    db.select().from(answerBank).where(eq(answerBank.questionId, bankQuestionId));
  return { eventFor, bankRows };
}

describe("collect-answer", () => {
  it("embeds and stores an excellent answer; a replay of the same event is skipped as a duplicate", async () => {
    const { eventFor, bankRows } = await setUp();
    const event = await eventFor(0);
    const engine = new InngestTestEngine({
      function: collectAnswerFunction.inngestFunction,
      events: [event],
    });
    const first = await engine.execute();
    expect(first.result).toMatchObject([{ status: "success", answerBankId: expect.any(String) }]);
    // A fresh engine: Inngest replays a re-sent event from scratch, not from the first run's memo.
    const again = await new InngestTestEngine({
      function: collectAnswerFunction.inngestFunction,
      events: [event],
    }).execute();
    expect(again.result).toMatchObject([
      { status: "skipped", reason: "duplicate_answer", similarity: 1 },
    ]);
    const rows = await bankRows(event.data.bankQuestionId);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.embedding).toHaveLength(1536);
  });

  it("skips a near-verbatim answer to the same question from another interview", async () => {
    const { eventFor, bankRows } = await setUp();
    const first = await eventFor(0);
    await new InngestTestEngine({
      function: collectAnswerFunction.inngestFunction,
      events: [first],
    }).execute();
    // The two interviews of one tenant may have drawn different first questions.
    const second = await eventFor(1, `${answer} `.replace("90 percent", "ninety percent"));
    const sameQuestion = {
      ...second,
      data: { ...second.data, bankQuestionId: first.data.bankQuestionId },
    };
    const { result } = await new InngestTestEngine({
      function: collectAnswerFunction.inngestFunction,
      events: [sameQuestion],
    }).execute();
    const [outcome] = result as { status: string; reason: string; similarity: number }[];
    expect(outcome).toMatchObject({ status: "skipped", reason: "duplicate_answer" });
    expect(outcome?.similarity).toBeGreaterThan(0.95);
    expect(await bankRows(first.data.bankQuestionId)).toHaveLength(1);
  });

  it("handles a batch: one result per answer in event order, the distinct answer stored", async () => {
    const { eventFor, bankRows } = await setUp();
    const first = await eventFor(0);
    const distinct = await eventFor(
      1,
      "We ran a blameless review after the outage, wrote three runbooks and paged half as often afterwards.",
    );
    const replay = { ...first, id: "replayed" };
    const { result } = await new InngestTestEngine({
      function: collectAnswerFunction.inngestFunction,
      events: [first, distinct, replay],
    }).execute();
    expect(result).toMatchObject([
      { interviewQuestionId: first.data.interviewQuestionId, status: "success" },
      { interviewQuestionId: distinct.data.interviewQuestionId, status: "success" },
      { status: "skipped", reason: "duplicate_answer", similarity: 1 },
    ]);
    expect(await bankRows(first.data.bankQuestionId)).toHaveLength(
      first.data.bankQuestionId === distinct.data.bankQuestionId ? 2 : 1,
    );
  });

  it("runs in process through the dispatcher when Inngest is not configured", async () => {
    const { eventFor, bankRows } = await setUp();
    const event = await eventFor(0);
    await dispatch(answerExcellent, event.data);
    expect(await bankRows(event.data.bankQuestionId)).toMatchObject([{ status: "approved" }]);
  });

  it("banks nothing, not even as pending, from an event a heuristic's score sent", async () => {
    const { eventFor, bankRows } = await setUp();
    const event = await eventFor(0, answer, true);
    const { result } = await new InngestTestEngine({
      function: collectAnswerFunction.inngestFunction,
      events: [event],
    }).execute();
    expect(result).toEqual([
      {
        interviewQuestionId: event.data.interviewQuestionId,
        status: "skipped",
        reason: "offline_score",
      },
    ]);
    expect(await bankRows(event.data.bankQuestionId)).toEqual([]);
  });
});
