import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type Company, companies } from "@/db/schema";

/** Workspaces with exactly this name (names are not unique: the operator command asks for one). */
export async function listCompaniesByName(options: { name: string }): Promise<Company[]> {
  const db = await getDb();
  return db.select().from(companies).where(eq(companies.name, options.name)).limit(2);
}
