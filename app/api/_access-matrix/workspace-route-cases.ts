import * as assignments from "@/app/api/positions/[id]/assignments/route";
import { POST as setUp } from "@/app/api/setup/route";
import { callRoute } from "@/tests/support/call-route";
import { callers, type Expectations, hiringTeamOnly } from "./callers";
import type { RouteCase } from "./route-case";
import type { World } from "./world";

const positionParams = (world: World) => ({ id: world.positionId });

/** Once anyone exists, setup is gone for every caller, whatever credential they hold. */
const setupIsGone = Object.fromEntries(callers.map((caller) => [caller, 404])) as Expectations;

/** Who works in the workspace: the first owner, and the evaluators the hiring team assigns. */
export const workspaceRouteCases: RouteCase[] = [
  {
    name: "POST /api/setup",
    expectations: setupIsGone,
    call: ({ token }) =>
      callRoute(setUp, {
        method: "POST",
        token,
        path: "/api/setup",
        json: {
          code: "guessed",
          name: "Intruder",
          email: "intruder@example.com",
          password: "a long passphrase",
          workspaceName: "Taken",
        },
      }),
  },
  {
    name: "GET /api/positions/{id}/assignments",
    expectations: hiringTeamOnly,
    params: positionParams,
    call: ({ token, params }) => callRoute(assignments.GET, { token, params }),
  },
  {
    // The allowed callers write the list it has, so the assigned evaluator stays assigned.
    name: "PUT /api/positions/{id}/assignments",
    expectations: hiringTeamOnly,
    params: positionParams,
    call: ({ token, params, world }) =>
      callRoute(assignments.PUT, {
        method: "PUT",
        token,
        params,
        json: { userIds: [world.evaluatorAssignedId] },
      }),
  },
];
