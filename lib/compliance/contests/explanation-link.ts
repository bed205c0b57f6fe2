import "server-only";
import { buildInviteUrl } from "@/lib/interviews/build-invite-url";
import { decryptInviteLink, encryptInviteLink } from "@/lib/invitations/reminder-crypto";

/**
 * The candidate's explanation page, sealed for the contest's row: the link bears the invite token
 * the request came with, which the database keeps only hashed. Null without a bearer token.
 */
export function sealExplanationLink(req: Request): string | null {
  const token = /^Bearer\s+(\S+)$/i.exec(req.headers.get("authorization")?.trim() ?? "")?.[1];
  if (!token) return null;
  return encryptInviteLink(`${buildInviteUrl({ req, inviteToken: token })}/explanation`);
}

/** The sealed link, or null when it was sealed with another secret (the mail then links home). */
export function openExplanationLink(ciphertext: string | null): string | null {
  return ciphertext ? decryptInviteLink(ciphertext) : null;
}
