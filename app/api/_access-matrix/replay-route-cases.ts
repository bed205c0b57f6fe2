import * as replayApply from "@/app/api/positions/[id]/scoring-replays/[replayId]/apply/route";
import * as replayDiscard from "@/app/api/positions/[id]/scoring-replays/[replayId]/discard/route";
import * as replayOne from "@/app/api/positions/[id]/scoring-replays/[replayId]/route";
import * as replays from "@/app/api/positions/[id]/scoring-replays/route";
import { callRoute } from "@/tests/support/call-route";
import { hiringTeamOnly } from "./callers";
import type { RouteCase } from "./route-case";
import type { World } from "./world";

const replayParams = (world: World) => ({ id: world.positionId, replayId: world.scoringReplayId });

/** position:write on the workspace's own position: owners, admins and recruiters. */
export const replayRouteCases: RouteCase[] = [
  {
    name: "GET /api/positions/{id}/scoring-replays",
    expectations: hiringTeamOnly,
    params: (world) => ({ id: world.positionId }),
    call: ({ token, params }) => callRoute(replays.GET, { token, params }),
  },
  {
    // The world's position has no evaluated interview: the allowed caller meets a 409.
    name: "POST /api/positions/{id}/scoring-replays",
    expectations: hiringTeamOnly,
    params: (world) => ({ id: world.positionId }),
    call: ({ token, params }) =>
      callRoute(replays.POST, { method: "POST", token, params, json: { model: "gpt-next" } }),
  },
  {
    name: "GET /api/positions/{id}/scoring-replays/{replayId}",
    expectations: hiringTeamOnly,
    params: replayParams,
    call: ({ token, params }) => callRoute(replayOne.GET, { token, params }),
  },
  {
    name: "POST /api/positions/{id}/scoring-replays/{replayId}/apply",
    expectations: hiringTeamOnly,
    params: replayParams,
    // The world's replay previews a model: an allowed caller meets a 409, nothing changes.
    call: ({ token, params }) => callRoute(replayApply.POST, { method: "POST", token, params }),
  },
  {
    // The first allowed caller discards it; the next meet a 409, past the access check all the same.
    name: "POST /api/positions/{id}/scoring-replays/{replayId}/discard",
    expectations: hiringTeamOnly,
    params: replayParams,
    call: ({ token, params }) => callRoute(replayDiscard.POST, { method: "POST", token, params }),
  },
];
