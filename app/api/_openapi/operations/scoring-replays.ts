import { z } from "zod";
import { scoringReplayViewSchema } from "@/lib/compliance/replay/schemas";
import { startScoringReplaySchema } from "../../positions/[id]/scoring-replays/schema";
import type { OperationSpec } from "../operation-spec";
import { uuidPathParam } from "../path-params";

const positionIdParams = { id: uuidPathParam("position") };
const replayParams = { ...positionIdParams, replayId: uuidPathParam("scoring replay") };
const oneReplay = z.object({ replay: scoringReplayViewSchema });
const impactNote =
  "`result.impact` (selection rates and impact ratios by self-identified sex and race/ethnicity, overall ≥ 70 selected) is null for a member without adverse-impact:read.";

export const scoringReplayOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/positions/{id}/scoring-replays",
    summary: "List the position's scoring replays, newest first",
    description: impactNote,
    tag: "Positions",
    access: { member: "position:write" },
    pathParams: positionIdParams,
    success: {
      status: 200,
      description: "The replays (the last 20).",
      schema: z.object({ replays: z.array(scoringReplayViewSchema) }),
    },
  },
  {
    method: "post",
    path: "/api/positions/{id}/scoring-replays",
    summary: "Replay proposed rubrics or a chat model on the position's last evaluated interviews",
    description:
      "Re-scores the last `SCORING_REPLAY_SAMPLE` (50) evaluated, AI-scored interviews in the background, writing no evaluation or report, and stores per competency the mean and largest shift, band changes and impact ratios before and after. At most one scoring call per answer of the sample; none counts toward a candidate's interview. Rubrics apply after `…/apply`; a model previewed here applies with a deploy (docs/compliance.md).",
    tag: "Positions",
    access: { member: "position:write" },
    pathParams: positionIdParams,
    body: { schema: startScoringReplaySchema, example: { model: "gpt-4o" } },
    success: { status: 202, description: "The replay, running.", schema: oneReplay },
    errors: {
      409: "`replay_running`: a replay of the position still runs; or `conflict`: the position has no evaluated, AI-scored interview.",
      422: "`unprocessable_entity`: the input does not match the schema, or a rubric names a competency the position does not have.",
    },
  },
  {
    method: "get",
    path: "/api/positions/{id}/scoring-replays/{replayId}",
    summary: "Read one scoring replay: running, or its shifts, band changes and impact ratios",
    description: impactNote,
    tag: "Positions",
    access: { member: "position:write" },
    pathParams: replayParams,
    success: { status: 200, description: "The replay.", schema: oneReplay },
  },
  {
    method: "post",
    path: "/api/positions/{id}/scoring-replays/{replayId}/apply",
    summary: "Confirm a ready replay: its rubrics apply to the position",
    description:
      "Applies only while the position still scores with the rubrics the replay started from; writes an `apply_scoring_change` audit line.",
    tag: "Positions",
    access: { member: "position:write" },
    pathParams: replayParams,
    success: { status: 200, description: "The replay, applied.", schema: oneReplay },
    errors: {
      409: "`replay_stale`: the position's rubrics changed since the replay started; `replay_running`: it is not finished; `conflict`: it is not ready, or it previews a model (applied with a deploy).",
    },
  },
  {
    method: "post",
    path: "/api/positions/{id}/scoring-replays/{replayId}/discard",
    summary: "Discard a running or ready replay",
    tag: "Positions",
    access: { member: "position:write" },
    pathParams: replayParams,
    success: { status: 200, description: "The replay, discarded.", schema: oneReplay },
    errors: { 409: "`conflict`: the replay is already applied, discarded or failed." },
  },
];
