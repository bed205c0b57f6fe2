import * as replayApply from "@/app/api/positions/[id]/scoring-replays/[replayId]/apply/route";
import * as replayDiscard from "@/app/api/positions/[id]/scoring-replays/[replayId]/discard/route";
import * as replayOne from "@/app/api/positions/[id]/scoring-replays/[replayId]/route";
import * as replays from "@/app/api/positions/[id]/scoring-replays/route";
import { getDb } from "@/db/client";
import { scoringReplays } from "@/db/schema";
import { callRoute } from "@/tests/support/call-route";
import { hiringTeamOnly } from "./callers";
import type { RouteCase } from "./route-case";
import type { World } from "./world";

/**
 * The world's replay, made on first use without touching the shared world: it borrows the
 * position's id as its own (another table, so no clash), which keeps it one per world. A model
 * preview, so an allowed apply meets a 409 (a model applies with a deploy), never a change.
 */
async function ensureReplay(world: World) {
  await (await getDb())
    .insert(scoringReplays)
    .values({
      id: world.positionId,
      companyId: world.companyId,
      positionId: world.positionId,
      status: "ready",
      change: { model: "gpt-access-matrix" },
      sampleSize: 1,
    })
    .onConflictDoNothing();
}

const replayParams = (world: World) => ({ id: world.positionId, replayId: world.positionId });

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
    call: async ({ token, params, world }) => {
      await ensureReplay(world);
      return callRoute(replayOne.GET, { token, params });
    },
  },
  {
    name: "POST /api/positions/{id}/scoring-replays/{replayId}/apply",
    expectations: hiringTeamOnly,
    params: replayParams,
    call: async ({ token, params, world }) => {
      await ensureReplay(world);
      return callRoute(replayApply.POST, { method: "POST", token, params });
    },
  },
  {
    // The first allowed caller discards it; the next meet a 409, past the access check all the same.
    name: "POST /api/positions/{id}/scoring-replays/{replayId}/discard",
    expectations: hiringTeamOnly,
    params: replayParams,
    call: async ({ token, params, world }) => {
      await ensureReplay(world);
      return callRoute(replayDiscard.POST, { method: "POST", token, params });
    },
  },
];
