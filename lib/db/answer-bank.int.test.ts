import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { answerBank, interviews as interviewsTable, questionBank } from "@/db/schema";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { collectAnswer } from "./answer-bank";

const dimensions = 1536;

/** A unit vector mostly along axis `main`, tilted towards axis `tilt` by `amount`. */
function vector(main: number, tilt = 0, amount = 0): number[] {
  const values = new Array<number>(dimensions).fill(0);
  values[main] = 1;
  values[tilt] = (values[tilt] ?? 0) + amount;
  const norm = Math.hypot(...values);
  return values.map((value) => value / norm);
}

async function setUp() {
  const tenant = await createTenant();
  const db = await getDb();
  const [first, second] = await db
    .select({ id: questionBank.id })
    .from(questionBank)
    .where(eq(questionBank.companyId, tenant.company.id))
    .limit(2);
  if (!first || !second) throw new Error("the tenant has no bank questions");
  const interviews = await Promise.all([0, 1, 2].map(() => createInvitedInterview(tenant)));
  const collect = (options: { questionId?: string; interview: number; embedding: number[] }) =>
    collectAnswer({
      questionId: options.questionId ?? first.id,
      text: `An excellent answer from interview ${options.interview}.`,
      score: 92,
      embedding: options.embedding,
      sourceInterviewId: interviews[options.interview]?.interview.id ?? "",
      sourceSegmentIds: [`seg-${options.interview}`],
    });
  const countFor = async (questionId: string) =>
    (await db.select().from(answerBank).where(eq(answerBank.questionId, questionId))).length;
  return { questionIds: [first.id, second.id] as const, collect, countFor };
}

describe("collectAnswer", () => {
  it("stores a new answer and skips a near-identical one for the same question, with its similarity", async () => {
    const { collect, countFor, questionIds } = await setUp();
    const stored = await collect({ interview: 0, embedding: vector(0) });
    expect(stored).toMatchObject({ status: "success", answerBankId: expect.any(String) });
    const duplicate = await collect({ interview: 1, embedding: vector(0, 1, 0.1) });
    expect(duplicate).toMatchObject({ status: "skipped", reason: "duplicate_answer" });
    if (duplicate.status !== "skipped" || stored.status !== "success")
      throw new Error("unexpected");
    expect(duplicate.similarity).toBeCloseTo(0.995, 3);
    expect(duplicate.duplicateOfId).toBe(stored.answerBankId);
    expect(await countFor(questionIds[0])).toBe(1);
  });

  it("keeps an answer that is similar but under the 0.95 threshold", async () => {
    const { collect, countFor, questionIds } = await setUp();
    await collect({ interview: 0, embedding: vector(0) });
    // cos = 1 / sqrt(1 + 0.4²) ≈ 0.928
    expect(await collect({ interview: 1, embedding: vector(0, 1, 0.4) })).toMatchObject({
      status: "success",
    });
    expect(await countFor(questionIds[0])).toBe(2);
  });

  it("compares only with answers to the same question", async () => {
    const { collect, countFor, questionIds } = await setUp();
    await collect({ interview: 0, embedding: vector(5) });
    const other = await collect({ questionId: questionIds[1], interview: 1, embedding: vector(5) });
    expect(other).toMatchObject({ status: "success" });
    expect(await countFor(questionIds[1])).toBe(1);
  });

  it("skips a replay of the same collection as a duplicate of itself, leaving one row", async () => {
    const { collect, countFor, questionIds } = await setUp();
    const first = await collect({ interview: 0, embedding: vector(7) });
    const again = await collect({ interview: 0, embedding: vector(7) });
    if (first.status !== "success") throw new Error("expected the first collection to store");
    expect(again).toEqual({
      status: "skipped",
      reason: "duplicate_answer",
      similarity: 1,
      duplicateOfId: first.answerBankId,
    });
    expect(await countFor(questionIds[0])).toBe(1);
  });

  it("keeps the first answer when the same interview later sends a different one for the question", async () => {
    const { collect, countFor, questionIds } = await setUp();
    await collect({ interview: 0, embedding: vector(11) });
    expect(await collect({ interview: 0, embedding: vector(12) })).toMatchObject({
      status: "skipped",
    });
    expect(await countFor(questionIds[0])).toBe(1);
  });

  it("stores one row when two near-identical answers are collected at the same moment", async () => {
    const { collect, countFor, questionIds } = await setUp();
    const results = await Promise.all([
      collect({ interview: 1, embedding: vector(9) }),
      collect({ interview: 2, embedding: vector(9, 10, 0.05) }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["skipped", "success"]);
    expect(await countFor(questionIds[0])).toBe(1);
  });

  it("compares only within one company: another company's identical answer to a shared question does not block it", async () => {
    const db = await getDb();
    const [shared] = await db
      .insert(questionBank)
      .values({
        companyId: null,
        content: `A shared question ${crypto.randomUUID()}`,
        category: "technical",
        competency: "ownership",
      })
      .returning({ id: questionBank.id });
    if (!shared) throw new Error("inserting the shared question returned no row");
    const [first, second] = await Promise.all([createTenant(), createTenant()]);
    if (!first || !second) throw new Error("unexpected");
    const [fromFirst, fromSecond] = await Promise.all([
      createInvitedInterview(first),
      createInvitedInterview(second),
    ]);
    const collectFor = (interviewId: string) =>
      collectAnswer({
        questionId: shared.id,
        text: "The same excellent answer, word for word.",
        score: 95,
        embedding: vector(21),
        sourceInterviewId: interviewId,
        sourceSegmentIds: ["seg-0"],
      });
    expect(await collectFor(fromFirst.interview.id)).toMatchObject({ status: "success" });
    expect(await collectFor(fromSecond.interview.id)).toMatchObject({ status: "success" });
    const rows = await db
      .select({ companyId: answerBank.companyId })
      .from(answerBank)
      .where(eq(answerBank.questionId, shared.id));
    expect(rows.map((row) => row.companyId).sort()).toEqual(
      [first.company.id, second.company.id].sort(),
    );
  });

  it("deletes the banked answers of an interview together with the interview", async () => {
    const { collect, countFor, questionIds } = await setUp();
    const stored = await collect({ interview: 0, embedding: vector(23) });
    if (stored.status !== "success") throw new Error("expected the collection to store");
    const db = await getDb();
    const [source] = await db
      .select({ id: answerBank.sourceInterviewId })
      .from(answerBank)
      .where(eq(answerBank.id, stored.answerBankId));
    await db.delete(interviewsTable).where(eq(interviewsTable.id, source?.id ?? ""));
    expect(await countFor(questionIds[0])).toBe(0);
  });
});
