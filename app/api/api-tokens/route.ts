import { assertMemberMay, requireUser } from "@/lib/auth/require-user";
import { createApiToken, listApiTokens } from "@/lib/db/api-tokens";
import { ApiError } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler } from "@/lib/http/route-handler";
import { createApiTokenSchema } from "./schema";

const dayMs = 24 * 60 * 60 * 1000;

// POST /api/api-tokens – a signed-in user mints a bearer token; its text is shown only here
export const POST = routeHandler(async ({ req }) => {
  const user = await requireUser(req);
  // A leaked token must not be able to mint more tokens that outlive its revocation.
  if (user.via !== "session") {
    throw new ApiError({
      code: "forbidden",
      message: "Create API tokens from a signed-in session.",
    });
  }
  // A workspace token is the workspace's key to its data: only those who manage members mint one.
  // An operator outside any workspace mints a metrics token that opens no workspace.
  const companyId =
    user.platformRole === "operator" && !user.workspace
      ? null
      : assertMemberMay(user, "members:manage").companyId;
  const input = createApiTokenSchema.parse(await parseJson(req));
  const token = await createApiToken({
    userId: user.userId,
    companyId,
    name: input.name,
    expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * dayMs) : undefined,
  });
  return Response.json(token, { status: 201 });
});

// GET /api/api-tokens – the caller's tokens (prefixes only)
export const GET = routeHandler(async ({ req }) => {
  const user = await requireUser(req);
  return Response.json({ tokens: await listApiTokens({ userId: user.userId }) });
});

export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET, POST });
