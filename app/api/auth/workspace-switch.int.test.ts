// A person in two workspaces (an agency): the session works in one at a time, switched with
// better-auth's organization/set-active; an API token stays bound to the workspace it was minted in.
import { describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/db/api-tokens";
import { createWorkspaceUser } from "@/lib/workspaces/create-workspace-user";
import { callRoute } from "@/tests/support/call-route";
import { createTenant, testPassword } from "@/tests/support/factories";
import { signInForCookie } from "@/tests/support/sign-in";
import { GET as listPositions } from "../positions/route";
import { POST as authPost } from "./[...all]/route";

const positionIds = (body: unknown) =>
  (body as { positions: { id: string }[] }).positions.map((position) => position.id);

describe("switching workspaces", () => {
  it("lists the active workspace's positions, switches on set-active, refuses one not joined", async () => {
    const first = await createTenant();
    const second = await createTenant();
    const stranger = await createTenant();
    // The first tenant's owner is also a recruiter of the second workspace.
    await createWorkspaceUser({
      email: first.recruiter.email,
      name: first.recruiter.name,
      password: testPassword,
      workspace: { companyId: second.company.id },
      role: "recruiter",
    });
    const cookie = await signInForCookie(first.recruiter.email);
    const before = await callRoute(listPositions, { path: "/api/positions", cookie });
    expect(positionIds(before.body)).toEqual([first.position.id]);

    const switched = await callRoute(authPost, {
      path: "/api/auth/organization/set-active",
      json: { organizationId: second.company.id },
      cookie,
      headers: { origin: "http://localhost:3000" },
    });
    expect(switched.status).toBe(200);
    const after = await callRoute(listPositions, { path: "/api/positions", cookie });
    expect(positionIds(after.body)).toEqual([second.position.id]);

    const refused = await callRoute(authPost, {
      path: "/api/auth/organization/set-active",
      json: { organizationId: stranger.company.id },
      cookie,
      headers: { origin: "http://localhost:3000" },
    });
    expect(refused.status).toBe(403);
    // better-auth fails closed: a refused switch leaves the session in no workspace until the
    // person picks one they belong to.
    const none = await callRoute(listPositions, { path: "/api/positions", cookie });
    expect(none.status).toBe(403);

    // A token minted in the first workspace keeps working there, whatever the session does.
    const { token } = await createApiToken({
      userId: first.recruiter.id,
      companyId: first.company.id,
      name: "agency",
    });
    const viaToken = await callRoute(listPositions, { path: "/api/positions", token });
    expect(positionIds(viaToken.body)).toEqual([first.position.id]);
  });
});
