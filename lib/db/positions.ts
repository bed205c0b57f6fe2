import "server-only";
import { and, count, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviews, type NewPosition, type Position, positions } from "@/db/schema";
import { invalidatePositionCache } from "@/lib/cache/invalidate";
import { DomainError } from "@/lib/domain-error";

/** `positionIds` limits the list to those (an evaluator's assignments); absent, all of them. */
export async function listPositions(options: {
  companyId: string;
  positionIds?: string[];
  externalJobId?: string | null;
}): Promise<Position[]> {
  const db = await getDb();
  return db
    .select()
    .from(positions)
    .where(
      and(
        eq(positions.companyId, options.companyId),
        options.positionIds ? inArray(positions.id, options.positionIds) : undefined,
        options.externalJobId ? eq(positions.externalJobId, options.externalJobId) : undefined,
      ),
    )
    .orderBy(desc(positions.createdAt));
}

export async function getPosition(options: { id: string; companyId: string }) {
  const db = await getDb();
  const [position] = await db
    .select()
    .from(positions)
    .where(and(eq(positions.id, options.id), eq(positions.companyId, options.companyId)))
    .limit(1);
  return position ?? null;
}

/** Any company's position: for reads that already hold an interview the caller may see. */
export async function getPositionById(options: { id: string }): Promise<Position | null> {
  const db = await getDb();
  const [position] = await db.select().from(positions).where(eq(positions.id, options.id)).limit(1);
  return position ?? null;
}

export async function createPosition(values: NewPosition): Promise<Position> {
  const db = await getDb();
  const [position] = await db.insert(positions).values(values).returning();
  if (!position) throw new Error("Inserting the position returned no row.");
  return position;
}

export async function updatePosition(options: {
  id: string;
  companyId: string;
  changes: Partial<
    Pick<
      Position,
      | "title"
      | "description"
      | "competencies"
      | "language"
      | "rubrics"
      | "followUpsPerQuestion"
      | "answerSeconds"
      | "externalJobId"
    >
  >;
}): Promise<Position | null> {
  const db = await getDb();
  const [position] = await db
    .update(positions)
    .set({ ...options.changes, updatedAt: new Date() })
    .where(and(eq(positions.id, options.id), eq(positions.companyId, options.companyId)))
    .returning();
  if (position) await invalidatePositionCache(position.id);
  return position ?? null;
}

/** Returns false when no such position; refuses (a conflict) while interviews still refer to it. */
export async function deletePosition(options: { id: string; companyId: string }) {
  const db = await getDb();
  const isDeleted = await db.transaction(async (tx) => {
    const [owned] = await tx
      .select({ id: positions.id })
      .from(positions)
      .where(and(eq(positions.id, options.id), eq(positions.companyId, options.companyId)))
      .for("update");
    if (!owned) return false;
    const [usage] = await tx
      .select({ interviewCount: count() })
      .from(interviews)
      .where(eq(interviews.positionId, options.id));
    if ((usage?.interviewCount ?? 0) > 0) {
      throw new DomainError({
        kind: "conflict",
        message: "This position has interviews; it cannot be deleted.",
      });
    }
    await tx.delete(positions).where(eq(positions.id, options.id));
    return true;
  });
  if (isDeleted) await invalidatePositionCache(options.id);
  return isDeleted;
}
