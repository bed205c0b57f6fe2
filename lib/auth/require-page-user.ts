import "server-only";
import { notFound, redirect } from "next/navigation";
import { getPageUser } from "./get-page-user";
import type { RecruiterPrincipal, UserPrincipal } from "./require-user";

/** A page's signed-in user; signed out goes to sign-in. */
export async function requirePageUser(): Promise<UserPrincipal> {
  const user = await getPageUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** A page's signed-in company member; an account without a company sees a 404, like the API. */
export async function requirePageRecruiter(): Promise<RecruiterPrincipal> {
  const user = await requirePageUser();
  if (!user.companyId) notFound();
  return { ...user, companyId: user.companyId };
}

/** Operator pages answer 404 to everyone else, so their existence is not advertised. */
export async function requirePageOperator(): Promise<UserPrincipal> {
  const user = await requirePageUser();
  if (user.role !== "operator") notFound();
  return user;
}
