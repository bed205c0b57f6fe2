// better-auth's organization endpoints as a browser calls them: the session cookie and the app's
// own Origin. The invitation helpers return what a test needs next, or throw with the status.
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { type CallResult, callRoute } from "@/tests/support/call-route";

export function callAuth(path: string, options: { cookie?: string; json?: unknown } = {}) {
  return callRoute(authPost, {
    path: `/api/auth${path}`,
    json: options.json ?? {},
    cookie: options.cookie,
    headers: { origin: "http://localhost:3000" },
  });
}

function expectOk(result: CallResult, what: string): Record<string, unknown> {
  if (result.status !== 200) {
    throw new Error(`${what} answered ${result.status}: ${JSON.stringify(result.body)}`);
  }
  return result.body as Record<string, unknown>;
}

/** An owner or admin invites `email` to their active workspace; returns the invitation's id. */
export async function inviteMember(options: { cookie: string; email: string; role: string }) {
  const body = expectOk(
    await callAuth("/organization/invite-member", {
      cookie: options.cookie,
      json: { email: options.email, role: options.role },
    }),
    "invite-member",
  );
  return String(body.id);
}

/** The member row id of `userId` in the caller's active workspace (better-auth's list-members). */
export async function findMemberId(options: { cookie: string; userId: string }) {
  const { GET: authGet } = await import("@/app/api/auth/[...all]/route");
  const result = await callRoute(authGet, {
    path: "/api/auth/organization/list-members",
    cookie: options.cookie,
  });
  const body = expectOk(result, "list-members") as { members: { id: string; userId: string }[] };
  const member = body.members.find((row) => row.userId === options.userId);
  if (!member) throw new Error("No such member in the active workspace.");
  return member.id;
}
