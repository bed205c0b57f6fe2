import "server-only";
import { headers } from "next/headers";
import { getPrincipal } from "./get-principal";
import type { UserPrincipal } from "./require-user";

/** The signed-in user of a server-rendered page, from the session cookie; null when signed out. */
export async function getPageUser(): Promise<UserPrincipal | null> {
  const requestHeaders = new Headers(await headers());
  // Pages authenticate by cookie only: a bearer header is for API calls.
  requestHeaders.delete("authorization");
  const principal = await getPrincipal(
    new Request("http://page.local/", { headers: requestHeaders }),
  );
  return principal?.kind === "user" ? principal : null;
}
