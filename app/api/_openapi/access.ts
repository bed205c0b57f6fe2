import type { ZodOpenApiSecuritySchemeObject } from "zod-openapi";
import { workspaceRoles } from "@/db/schema";
import { isScopedToAssignedPositions, type Permission, roleCan } from "@/lib/auth/workspace-access";

/** How a caller proves who they are; the names are the document's security scheme names. */
export const securitySchemes = {
  sessionCookie: {
    type: "apiKey",
    in: "cookie",
    name: "better-auth.session_token",
    description:
      "A workspace member's or operator's session, acting in its active workspace, set by POST /api/auth/sign-in/email (named `__Secure-better-auth.session_token` over HTTPS). Writes sent with it must come from the app's own pages (Origin / Sec-Fetch-Site), or they are refused with 403.",
  },
  apiToken: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "ivk_…",
    description:
      "An API token minted from a signed-in session with POST /api/api-tokens; it acts as its user in the workspace it was minted in, with the role they hold there now (an operator's token opens no workspace). Sent as `Authorization: Bearer ivk_…`.",
  },
  inviteToken: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "inv_…",
    description:
      "The candidate's invite token (the last segment of the invite URL); it opens only its own interview, and stops working when the invite expires unused. Sent as `Authorization: Bearer inv_…`.",
  },
  livekitSignature: {
    type: "apiKey",
    in: "header",
    name: "Authorization",
    description:
      "LiveKit's webhook signature: a JWT signed with LIVEKIT_API_KEY / LIVEKIT_API_SECRET whose `sha256` claim is the body's SHA-256 (sent bare, without `Bearer`).",
  },
  inngestSignature: {
    type: "apiKey",
    in: "header",
    name: "X-Inngest-Signature",
    description: "Requests from Inngest, signed with the app's INNGEST_SIGNING_KEY.",
  },
} satisfies Record<string, ZodOpenApiSecuritySchemeObject>;

type SchemeName = keyof typeof securitySchemes;

/** Who may call an operation, when it is not a workspace member holding a permission. */
type NamedAccess =
  | "public"
  | "user"
  | "userSession"
  | "operator"
  | "candidate"
  | "principal"
  | "inngest"
  | "livekitWebhook"
  | "betterAuth";

/**
 * A member of a workspace whose role holds `member` (lib/auth/workspace-access.ts, the one table
 * the routes check), acting in that workspace; with `orCandidate`, also the candidate holding the
 * interview's invite. Another workspace's resources answer 404, never 403.
 */
export type MemberAccess = { member: Permission; orCandidate?: true };

export type Access = NamedAccess | MemberAccess;

const user: SchemeName[] = ["sessionCookie", "apiToken"];

const namedRules: Record<
  NamedAccess,
  { schemes: SchemeName[]; summary: string; isCredentialOptional?: boolean }
> = {
  public: { schemes: [], summary: "Anyone, without credentials." },
  user: {
    schemes: user,
    summary: "Any signed-in user, workspace member or operator (session or API token).",
  },
  userSession: {
    schemes: ["sessionCookie"],
    summary: `A signed-in session only (an API token cannot mint tokens): members whose role holds \`members:manage\` (${listRolesHolding("members:manage")}) get a token of their active workspace; an operator outside any workspace gets one that opens no workspace.`,
  },
  operator: {
    schemes: user,
    summary: "Operators only (platform role `operator`; session or API token).",
  },
  candidate: {
    schemes: ["inviteToken"],
    summary: "The candidate holding this interview's invite.",
  },
  principal: {
    schemes: [...user, "inviteToken"],
    summary:
      "The candidate holding an invite, for their own interview in progress; other callers get 403.",
  },
  inngest: {
    schemes: ["inngestSignature"],
    summary: "Inngest only; answers 404 when Inngest is not configured (jobs then run in-process).",
  },
  livekitWebhook: {
    schemes: ["livekitSignature"],
    summary: "LiveKit's servers only, signed with this app's LiveKit API key and secret.",
  },
  betterAuth: {
    schemes: ["sessionCookie"],
    isCredentialOptional: true,
    summary:
      "Handled by better-auth: sign-in needs no credentials, the rest reads the session cookie.",
  },
};

function listRolesHolding(permission: Permission): string {
  return workspaceRoles.filter((role) => roleCan(role, permission)).join(", ");
}

/** "Members with `interview:read` (owner, admin, recruiter, evaluator)…", from the role table. */
function describeMemberAccess(access: MemberAccess): string {
  const scoped = workspaceRoles.filter(
    (role) => isScopedToAssignedPositions(role) && roleCan(role, access.member),
  );
  return [
    `Members whose workspace role holds \`${access.member}\` (${listRolesHolding(access.member)}), by session or an API token of their workspace; other roles get 403.`,
    ...scoped.map(
      (role) =>
        `${role[0]?.toUpperCase()}${role.slice(1)}s only on the positions they are assigned to: lists show only those, and an id of another position answers 404.`,
    ),
    "Another workspace's resources answer 404.",
    ...(access.orCandidate ? ["Or the candidate holding this interview's invite."] : []),
  ].join(" ");
}

function resolveRule(access: Access) {
  if (typeof access === "string") return namedRules[access];
  return {
    schemes: access.orCandidate ? [...user, "inviteToken" as const] : user,
    summary: describeMemberAccess(access),
    isCredentialOptional: false,
  };
}

/** The operation's OpenAPI `security` (alternatives) and the sentence the reference shows. */
export function describeAccess(access: Access) {
  const rule = resolveRule(access);
  return {
    // An empty requirement object is OpenAPI's way to say "or no credentials at all".
    security: [
      ...(rule.isCredentialOptional ? [{}] : []),
      ...rule.schemes.map((scheme) => ({ [scheme]: [] })),
    ],
    summary: rule.summary,
    // Our own credential checks: a missing or bad credential is a 401, the wrong kind of caller
    // (or a cookie write from another site) a 403. Inngest's SDK answers for its own signatures.
    // A LiveKit webhook has no caller kinds to refuse (no 403): its signature is its own 401.
    isCheckedByRoute:
      rule.schemes.length > 0 &&
      access !== "inngest" &&
      access !== "betterAuth" &&
      access !== "livekitWebhook",
  };
}
