import "server-only";
import { notFound, redirect } from "next/navigation";
import { getPageUser } from "./get-page-user";
import { assertMemberMay, type MemberPrincipal, type UserPrincipal } from "./require-user";
import type { Permission } from "./workspace-access";

/** A page's signed-in user; signed out goes to sign-in. */
export async function requirePageUser(): Promise<UserPrincipal> {
  const user = await getPageUser();
  if (!user) redirect("/sign-in");
  return user;
}

/**
 * A page's signed-in member whose role holds `allow`; anyone else sees a 404, like the API's
 * answer to an id that is not theirs.
 */
export async function requirePageMember(allow: Permission): Promise<MemberPrincipal> {
  const user = await requirePageUser();
  try {
    return assertMemberMay(user, allow);
  } catch {
    notFound();
  }
}

/** Operator pages answer 404 to everyone else, so their existence is not advertised. */
export async function requirePageOperator(): Promise<UserPrincipal> {
  const user = await requirePageUser();
  if (user.platformRole !== "operator") notFound();
  return user;
}
