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

/** A URL-safe slug from the name, made unique by a random tail (better-auth requires one). */
export function slugForWorkspace(name: string): string {
  const base = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return `${base || "workspace"}-${crypto.randomUUID().slice(0, 8)}`;
}

export async function createCompany(
  values: Omit<NewCompany, "slug"> & { slug?: string },
): Promise<Company> {
  const db = await getDb();
  const [company] = await db
    .insert(companies)
    .values({ ...values, slug: values.slug ?? slugForWorkspace(values.name) })
    .returning();
  if (!company) throw new Error("Inserting the company returned no row.");
  return company;
}

export async function updateCompany(options: {
  id: string;
  changes: Partial<
    Pick<
      Company,
      | "name"
      | "description"
      | "website"
      | "candidateFeedback"
      | "recordingMode"
      | "reminderPolicy"
      | "noticeLeadDays"
      | "explanationAccess"
      | "contestDueDays"
      | "auditRetentionMonths"
    >
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
