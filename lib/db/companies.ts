import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type Company, companies, type NewCompany } from "@/db/schema";
import { invalidateCompanyCache } from "@/lib/cache/invalidate";

export async function getCompanyById(options: { id: string }): Promise<Company | null> {
  const db = await getDb();
  const [company] = await db.select().from(companies).where(eq(companies.id, options.id)).limit(1);
  return company ?? null;
}

export async function createCompany(values: NewCompany): Promise<Company> {
  const db = await getDb();
  const [company] = await db.insert(companies).values(values).returning();
  if (!company) throw new Error("Inserting the company returned no row.");
  return company;
}

export async function updateCompany(options: {
  id: string;
  changes: Partial<
    Pick<Company, "name" | "description" | "website" | "candidateFeedback" | "recordingMode">
  >;
}): Promise<Company | null> {
  const db = await getDb();
  const [company] = await db
    .update(companies)
    .set({ ...options.changes, updatedAt: new Date() })
    .where(eq(companies.id, options.id))
    .returning();
  await invalidateCompanyCache(options.id);
  return company ?? null;
}
