import "server-only";
import { and, desc, eq, gt, isNull, lt, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiTokens, type PlatformRole, users } from "@/db/schema";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import { invalidateApiTokenCache } from "@/lib/cache/invalidate";
import { env } from "@/lib/env.mjs";

const lastUsedPrecisionMs = 60_000;
const dayMs = 24 * 60 * 60 * 1000;

/** Without an explicit expiry a token lives API_TOKEN_TTL_DAYS: a forgotten one stops working. */
/** A token works in one workspace (`companyId`), or in none for an operator's metrics token. */
export async function createApiToken(options: {
  userId: string;
  companyId: string | null;
  name: string;
  expiresAt?: Date;
}) {
  const db = await getDb();
  const token = generateToken("apiToken");
  const [row] = await db
    .insert(apiTokens)
    .values({
      userId: options.userId,
      companyId: options.companyId,
      name: options.name,
      tokenHash: hashToken(token),
      tokenPrefix: token.slice(0, 10),
      expiresAt: options.expiresAt ?? new Date(Date.now() + env.API_TOKEN_TTL_DAYS * dayMs),
    })
    .returning({
      id: apiTokens.id,
      name: apiTokens.name,
      tokenPrefix: apiTokens.tokenPrefix,
      companyId: apiTokens.companyId,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
    });
  if (!row) throw new Error("Inserting the API token returned no row.");
  return { ...row, token };
}

export async function findUserByApiToken(options: { tokenHash: string }): Promise<{
  userId: string;
  platformRole: PlatformRole;
  companyId: string | null;
  tokenId: string;
  expiresAt: Date | null;
} | null> {
  const db = await getDb();
  const now = new Date();
  const [row] = await db
    .select({
      tokenId: apiTokens.id,
      lastUsedAt: apiTokens.lastUsedAt,
      expiresAt: apiTokens.expiresAt,
      userId: users.id,
      platformRole: users.role,
      companyId: apiTokens.companyId,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, options.tokenHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
      ),
    )
    .limit(1);
  if (!row) return null;
  // Recording use at minute precision keeps a hot token from costing a write per request.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > lastUsedPrecisionMs) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(apiTokens.id, row.tokenId),
          or(
            isNull(apiTokens.lastUsedAt),
            lt(apiTokens.lastUsedAt, new Date(now.getTime() - lastUsedPrecisionMs)),
          ),
        ),
      );
  }
  return {
    userId: row.userId,
    platformRole: row.platformRole,
    companyId: row.companyId,
    tokenId: row.tokenId,
    expiresAt: row.expiresAt,
  };
}

export async function listApiTokens(options: { userId: string }) {
  const db = await getDb();
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      tokenPrefix: apiTokens.tokenPrefix,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      companyId: apiTokens.companyId,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, options.userId))
    .orderBy(desc(apiTokens.createdAt));
}

/** Returns false when the token is not this user's (or already revoked). */
export async function revokeApiToken(options: { userId: string; id: string }): Promise<boolean> {
  const db = await getDb();
  const revoked = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(apiTokens.id, options.id),
        eq(apiTokens.userId, options.userId),
        isNull(apiTokens.revokedAt),
      ),
    )
    .returning({ tokenHash: apiTokens.tokenHash });
  await invalidateApiTokenCache(revoked.map((row) => row.tokenHash));
  return revoked.length > 0;
}

/**
 * A member leaving a workspace takes their tokens for it along: revoked, and their cached entries
 * dropped, so the next request with one is refused rather than waiting for the entry to expire.
 */
export async function revokeMemberApiTokens(options: {
  userId: string;
  companyId: string;
}): Promise<number> {
  const db = await getDb();
  const revoked = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(apiTokens.userId, options.userId),
        eq(apiTokens.companyId, options.companyId),
        isNull(apiTokens.revokedAt),
      ),
    )
    .returning({ tokenHash: apiTokens.tokenHash });
  await invalidateApiTokenCache(revoked.map((row) => row.tokenHash));
  return revoked.length;
}
