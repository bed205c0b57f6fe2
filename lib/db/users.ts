import "server-only";
import { hashPassword } from "better-auth/crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { accounts, type PlatformRole, type User, users } from "@/db/schema";

/**
 * Creates a user the way better-auth would: with a password, a "credential" account row holding
 * its scrypt hash; without one, no account yet (better-auth's reset-password creates it when the
 * person follows their set-password link). For the setup page, the operator command and the seed.
 */
export async function createUser(options: {
  email: string;
  name: string;
  password?: string;
  platformRole: PlatformRole;
}): Promise<User> {
  const db = await getDb();
  const id = crypto.randomUUID();
  const passwordHash = options.password ? await hashPassword(options.password) : null;
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        id,
        email: options.email.toLowerCase(),
        name: options.name,
        role: options.platformRole,
        // Created by an operator, the owner at setup or the seed: the address is taken as given.
        emailVerified: true,
      })
      .returning();
    if (!user) throw new Error("Inserting the user returned no row.");
    if (!passwordHash) return user;
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
