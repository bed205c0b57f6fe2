import "server-only";
import { z } from "zod";
import { platformRoles } from "@/db/schema";
import {
  findInterviewByInviteTokenCached,
  findUserByApiTokenCached,
  getMembershipCached,
} from "@/lib/cache/cached-reads";
import { ApiError } from "@/lib/http/api-error";
import { assertInviteUsable } from "./assert-invite-usable";
import { getAuth } from "./better-auth";
import type { Principal, WorkspaceContext } from "./principal";
import { getTokenKind, hashToken, isWellFormedToken } from "./tokens";

const sessionSchema = z.object({
  user: z.object({ id: z.string(), role: z.enum(platformRoles).catch("member") }),
  session: z.object({ activeOrganizationId: z.string().nullish() }),
});

const invalidToken = () =>
  new ApiError({ code: "unauthorized", message: "The bearer token is invalid or expired." });

// The rate limit and the handler both ask who is calling: one lookup per request serves both.
const principalsByRequest = new WeakMap<Request, Promise<Principal | null>>();

/** Resolves the caller from `Authorization: Bearer …` or the session cookie; null if anonymous. */
export function getPrincipal(req: Request): Promise<Principal | null> {
  let principal = principalsByRequest.get(req);
  if (!principal) {
    principal = resolvePrincipal(req);
    principalsByRequest.set(req, principal);
  }
  return principal;
}

async function resolvePrincipal(req: Request): Promise<Principal | null> {
  const authorization = req.headers.get("authorization");
  if (authorization) return getBearerPrincipal(authorization);

  const auth = await getAuth();
  const found = await auth.api.getSession({ headers: req.headers });
  if (!found) return null;
  const { user, session } = sessionSchema.parse(found);
  return {
    kind: "user",
    userId: user.id,
    platformRole: user.role,
    workspace: await getWorkspaceContext(session.activeOrganizationId, user.id),
    via: "session",
  };
}

/** The membership is read on every request (through the cache), so a removal counts at once. */
async function getWorkspaceContext(
  companyId: string | null | undefined,
  userId: string,
): Promise<WorkspaceContext | null> {
  if (!companyId) return null;
  const membership = await getMembershipCached(companyId, userId);
  return membership ? { companyId, ...membership } : null;
}

async function getBearerPrincipal(authorization: string): Promise<Principal> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  const token = match?.[1];
  if (!token) {
    throw new ApiError({
      code: "unauthorized",
      message: "Use the header `Authorization: Bearer <token>`.",
    });
  }
  const kind = getTokenKind(token);
  // A token we could not have issued is refused without a database lookup.
  if (!isWellFormedToken(token)) throw invalidToken();
  if (kind === "apiToken") {
    const user = await findUserByApiTokenCached(hashToken(token));
    if (!user) throw invalidToken();
    return {
      kind: "user",
      userId: user.userId,
      platformRole: user.platformRole,
      workspace: await getWorkspaceContext(user.companyId, user.userId),
      via: "api_token",
    };
  }
  if (kind === "invite") {
    const interview = await findInterviewByInviteTokenCached(hashToken(token));
    if (!interview) throw invalidToken();
    assertInviteUsable(interview);
    return {
      kind: "candidate",
      interviewId: interview.id,
      companyId: interview.companyId,
      interview,
    };
  }
  throw invalidToken();
}
