import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";

/** Whether the user signs in with a TOTP code as well as their password. */
export async function isTwoFactorEnabled(options: { userId: string }): Promise<boolean> {
  const db = await getDb();
  const [user] = await db
    .select({ isEnabled: users.twoFactorEnabled })
    .from(users)
    .where(eq(users.id, options.userId))
    .limit(1);
  return user?.isEnabled ?? false;
}
