import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { answerBank, embeddingDimensions, questionBank } from "@/db/schema";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { collectAnswer } from "./answer-bank";
import { toVectorLiteral } from "./answer-bank-dedup";

/** A unit vector along axis `main`, tilted towards axis `tilt` by `amount`. */
function vector(main: number, tilt = main, amount = 0): number[] {
  const values = new Array<number>(embeddingDimensions).fill(0);
  values[main] = 1;
  values[tilt] = (values[tilt] ?? 0) + amount;
  const norm = Math.hypot(...values);
  return values.map((value) => value / norm);
}

const ownRows = 150;
const otherRows = 60;

/**
 * A company bank where the new answer (axis 0) has one planted near-duplicate (cos ≈ 0.970) among
 * `ownRows` unrelated answers to its question, and `otherRows` answers to another question that
 * are closer still (cos ≈ 0.995). At this size the planner may answer exactly and HNSW explores
 * nearly every row: the misses of a too-small candidate list only show at scale, in bench:dedup.
 */
async function setUpCrowdedBank() {
  const tenant = await createTenant();
  const db = await getDb();
  const [question, other] = await db
    .select({ id: questionBank.id })
    .from(questionBank)
    .where(eq(questionBank.companyId, tenant.company.id))
    .limit(2);
  if (!question || !other) throw new Error("the tenant has no bank questions");
  const row = (questionId: string, text: string, embedding: number[]) => ({
    companyId: tenant.company.id,
    questionId,
    text,
    score: 90,
    embedding,
  });
  const [planted] = await db
    .insert(answerBank)
    .values(row(question.id, "planted", vector(0, 1, 0.25)))
    .returning({ id: answerBank.id });
  await db
    .insert(answerBank)
    .values([
      ...Array.from({ length: ownRows }, (_, i) => row(question.id, `own ${i}`, vector(10 + i))),
      ...Array.from({ length: otherRows }, (_, i) =>
        row(other.id, `other ${i}`, vector(0, 10 + ownRows + i, 0.1)),
      ),
    ]);
  const { interview } = await createInvitedInterview(tenant);
  const collect = (embedding: number[]) =>
    collectAnswer({
      questionId: question.id,
      text: "A new excellent answer.",
      score: 93,
      embedding,
      sourceInterviewId: interview.id,
      sourceSegmentIds: ["seg-0"],
    });
  return { collect, plantedId: planted?.id };
}

describe("the dedup check of collectAnswer", () => {
  it("finds the planted near-duplicate among many answers to the question and closer ones to another", async () => {
    const { collect, plantedId } = await setUpCrowdedBank();
    const result = await collect(vector(0));
    expect(result).toMatchObject({ status: "skipped", duplicateOfId: plantedId });
    if (result.status !== "skipped") throw new Error("expected a duplicate");
    expect(result.similarity).toBeCloseTo(0.97, 2);
  });

  it("stores an answer that is only similar (cos ≈ 0.90 to the planted one) in the same crowded bank", async () => {
    const { collect } = await setUpCrowdedBank();
    expect(await collect(vector(0, 2, 0.4))).toMatchObject({ status: "success" });
  });

  it("sends the query vector in fewer characters, as the floats the JSON literal gives", async () => {
    const db = await getDb();
    let seed = 12345;
    // Every magnitude an embedding holds, negative and tiny values included.
    const embeddings = Array.from({ length: 20 }, () =>
      Array.from({ length: embeddingDimensions }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return (seed / 2 ** 31 - 0.5) * 10 ** -(seed % 6);
      }),
    );
    for (const embedding of embeddings) {
      const compact = toVectorLiteral(embedding);
      expect(compact.length).toBeLessThan(JSON.stringify(embedding).length * 0.75);
      // The API's embeddings are float32: they arrive in Postgres bit for bit.
      const float32 = embedding.map(Math.fround);
      const result = await db.execute(
        sql`select ${JSON.stringify(float32)}::vector = ${toVectorLiteral(float32)}::vector as same,
          ${JSON.stringify(embedding)}::vector <=> ${compact}::vector as distance`,
      );
      const [row] = result.rows as { same: boolean; distance: number }[];
      expect(row?.same).toBe(true);
      // Other doubles: the JSON text rounds a float-midpoint value the other way now and then
      // (one float step in one element of 1,500): no distance moves by anything that matters.
      expect(Number(row?.distance)).toBeLessThan(1e-6);
    }
  });
});
