import "server-only";
import { createHash, randomBytes } from "node:crypto";

// The prefix says which table a bearer token lives in, so one lookup answers who is asking.
export const tokenPrefixes = { apiToken: "ivk_", invite: "inv_" } as const;
export type TokenKind = keyof typeof tokenPrefixes;

export function generateToken(kind: TokenKind): string {
  return `${tokenPrefixes[kind]}${randomBytes(32).toString("base64url")}`;
}

const wellFormedTokenPattern = new RegExp(
  `^(?:${Object.values(tokenPrefixes).join("|")})[\\w-]{43}$`,
);

/** Whether a token has the shape generateToken gives (a prefix and 32 base64url bytes). */
export function isWellFormedToken(token: string): boolean {
  return wellFormedTokenPattern.test(token);
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function getTokenKind(token: string): TokenKind | null {
  for (const [kind, prefix] of Object.entries(tokenPrefixes)) {
    if (token.startsWith(prefix)) return kind as TokenKind;
  }
  return null;
}
