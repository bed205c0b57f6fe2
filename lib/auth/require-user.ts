import "server-only";
import { ApiError } from "@/lib/http/api-error";
import { getPrincipal } from "./get-principal";
import type { Principal } from "./principal";

export type UserPrincipal = Extract<Principal, { kind: "user" }>;
export type RecruiterPrincipal = UserPrincipal & { companyId: string };

export async function requirePrincipal(req: Request): Promise<Principal> {
  const principal = await getPrincipal(req);
  if (!principal) {
    throw new ApiError({ code: "unauthorized", message: "Sign in or send a bearer token." });
  }
  return principal;
}

export async function requireUser(req: Request): Promise<UserPrincipal> {
  const principal = await requirePrincipal(req);
  if (principal.kind !== "user") {
    throw new ApiError({
      code: "forbidden",
      message: "This needs a recruiter or operator account.",
    });
  }
  return principal;
}

/** A user who belongs to a company: a recruiter, or an operator who is also a company member. */
export async function requireRecruiter(req: Request): Promise<RecruiterPrincipal> {
  const user = await requireUser(req);
  if (!user.companyId) {
    throw new ApiError({ code: "forbidden", message: "This account belongs to no company." });
  }
  return { ...user, companyId: user.companyId };
}

export async function requireOperator(req: Request): Promise<UserPrincipal> {
  const user = await requireUser(req);
  if (user.role !== "operator") {
    throw new ApiError({ code: "forbidden", message: "This needs an operator account." });
  }
  return user;
}
