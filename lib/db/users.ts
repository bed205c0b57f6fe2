import "server-only";
import { hashPassword } from "better-auth/crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { accounts, type User, type UserRole, users } from "@/db/schema";

/**
 * Creates an email + password account the way better-auth would (a "credential" account row
 * holding its scrypt hash); public sign-up is off, so operators and the seed create users here.
 */
export async function createUserWithPassword(options: {
  email: string;
  name: string;
  password: string;
  role: UserRole;
  companyId: string | null;
}): Promise<User> {
  const db = await getDb();
  const id = crypto.randomUUID();
  const passwordHash = await hashPassword(options.password);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        id,
        email: options.email.toLowerCase(),
        name: options.name,
        role: options.role,
        companyId: options.companyId,
        emailVerified: true,
      })
      .returning();
    if (!user) throw new Error("Inserting the user returned no row.");
    await tx.insert(accounts).values({
      id: crypto.randomUUID(),
      accountId: id,
      providerId: "credential",
      userId: id,
      password: passwordHash,
    });
    return user;
  });
}

export async function getUserByEmail(options: { email: string }): Promise<User | null> {
  const db = await getDb();
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.email, options.email.toLowerCase()))
    .limit(1);
  return user ?? null;
}
