import "server-only";
import { inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type NewRubricVersion, type RubricVersion, rubricVersions } from "@/db/schema";

/** Keeps what a version meant; the id is a content hash, so a second save is a no-op. */
export async function saveRubricVersion(values: NewRubricVersion): Promise<void> {
  const db = await getDb();
  await db.insert(rubricVersions).values(values).onConflictDoNothing();
}

export async function listRubricVersions(options: { ids: string[] }): Promise<RubricVersion[]> {
  if (options.ids.length === 0) return [];
  const db = await getDb();
  return db.select().from(rubricVersions).where(inArray(rubricVersions.id, options.ids));
}
