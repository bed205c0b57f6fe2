import type { ZodOpenApiSecuritySchemeObject } from "zod-openapi";

/** How a caller proves who they are; the names are the document's security scheme names. */
export const securitySchemes = {
  sessionCookie: {
    type: "apiKey",
    in: "cookie",
    name: "better-auth.session_token",
    description:
      "The recruiter's or operator's session, set by POST /api/auth/sign-in/email (named `__Secure-better-auth.session_token` over HTTPS). Writes sent with it must come from the app's own pages (Origin / Sec-Fetch-Site), or they are refused with 403.",
  },
  apiToken: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "ivk_…",
    description:
      "An API token minted from a signed-in session with POST /api/api-tokens; it acts as its user. Sent as `Authorization: Bearer ivk_…`.",
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

/**
 * Who may call an operation. `recruiter` means a user who belongs to a company (an operator who is
 * also a company member qualifies); resources of another company answer 404, never 403.
 */
export type Access =
  | "public"
  | "user"
  | "userSession"
  | "recruiter"
  | "operator"
  | "candidate"
  | "interviewRecruiter"
  | "interviewCandidateOrRecruiter"
  | "principal"
  | "inngest"
  | "livekitWebhook"
  | "betterAuth";

const user: SchemeName[] = ["sessionCookie", "apiToken"];

const accessRules: Record<
  Access,
  { schemes: SchemeName[]; summary: string; isCredentialOptional?: boolean }
> = {
  public: { schemes: [], summary: "Anyone, without credentials." },
  user: { schemes: user, summary: "Any signed-in recruiter or operator (session or API token)." },
  userSession: {
    schemes: ["sessionCookie"],
    summary: "A signed-in recruiter or operator, by session only: an API token cannot mint tokens.",
  },
  recruiter: {
    schemes: user,
    summary: "A recruiter of a company (session or API token), for their own company's resources.",
  },
  operator: { schemes: user, summary: "Operators only (session or API token)." },
  candidate: {
    schemes: ["inviteToken"],
    summary: "The candidate holding this interview's invite.",
  },
  interviewRecruiter: {
    schemes: user,
    summary: "A recruiter of the interview's company (session or API token).",
  },
  interviewCandidateOrRecruiter: {
    schemes: [...user, "inviteToken"],
    summary: "A recruiter of the interview's company, or the candidate holding its invite.",
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

/** The operation's OpenAPI `security` (alternatives) and the sentence the reference shows. */
export function describeAccess(access: Access) {
  const rule = accessRules[access];
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
