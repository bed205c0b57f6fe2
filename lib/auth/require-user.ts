import "server-only";
import { ApiError } from "@/lib/http/api-error";
import { getPrincipal } from "./get-principal";
import type { Principal, WorkspaceContext } from "./principal";
import { type Permission, roleCan } from "./workspace-access";

export type UserPrincipal = Extract<Principal, { kind: "user" }>;
/** A member acting in a workspace, with the permission the route asked for. */
export type MemberPrincipal = UserPrincipal & WorkspaceContext;

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
      message: "This needs a workspace member or an operator account.",
    });
  }
  return principal;
}

/** Narrows a user to a member of their active workspace whose role holds `permission`. */
export function assertMemberMay(user: UserPrincipal, permission: Permission): MemberPrincipal {
  if (!user.workspace) {
    throw new ApiError({
      code: "forbidden",
      message: "This account is not a member of a workspace; choose one or ask for an invitation.",
    });
  }
  if (!roleCan(user.workspace.role, permission)) {
    throw new ApiError({
      code: "forbidden",
      message: `Your role (${user.workspace.role}) does not allow this (${permission}).`,
    });
  }
  return { ...user, ...user.workspace };
}

/** The route's declared permission, checked against the caller's role in their workspace. */
export async function requireMember(req: Request, allow: Permission): Promise<MemberPrincipal> {
  return assertMemberMay(await requireUser(req), allow);
}

export async function requireOperator(req: Request): Promise<UserPrincipal> {
  const user = await requireUser(req);
  if (user.platformRole !== "operator") {
    throw new ApiError({ code: "forbidden", message: "This needs an operator account." });
  }
  return user;
}
