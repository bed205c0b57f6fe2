import "server-only";
import { rescoreInterview } from "@/lib/compliance/replay/rescore-interview";
import {
  failScoringReplay,
  getReplayProvider,
  loadReplaySample,
  type RescoredInterview,
  saveReplayResult,
} from "@/lib/compliance/replay/run-scoring-replay";
import { getScoringReplayById } from "@/lib/db/scoring-replays";
import { describeError } from "@/lib/observability/redact-error";
import { definePipelineFunction } from "../define-pipeline-function";
import { type ScoringReplayRequestedData, scoringReplayRequested } from "../events";
import type { PipelineContext } from "../pipeline-context";

/**
 * Re-scores the position's last evaluated interviews with the proposed change (one step per
 * interview, so a retry resumes where it failed) and stores the shifts; it writes no evaluation
 * or report, so no stored score changes.
 */
async function replayScoring({ event, step }: PipelineContext<ScoringReplayRequestedData>) {
  const { replayId } = event.data;
  const sample = await step.run("load-sample", () => loadReplaySample({ replayId }));
  if (!sample) return { replayId, skipped: "not running" };
  const replay = await getScoringReplayById({ id: replayId });
  if (!replay) return { replayId, skipped: "gone" };
  const provider = getReplayProvider(replay.change);
  const rescored: RescoredInterview[] = [];
  for (const interview of sample.interviews) {
    rescored.push(
      await step.run(`rescore-${interview.interviewId}`, async () => ({
        interviewId: interview.interviewId,
        ...(await rescoreInterview({
          interviewId: interview.interviewId,
          rubrics: sample.rubrics,
          provider,
        })),
      })),
    );
  }
  const saved = await step.run("save-result", () =>
    saveReplayResult({
      replayId,
      startedAtMs: sample.startedAtMs,
      old: sample.interviews,
      rescored,
    }),
  );
  return saved ?? { replayId, skipped: "not running" };
}

export const replayScoringFunction = definePipelineFunction({
  id: "replay-scoring",
  trigger: scoringReplayRequested,
  idempotency: "event.data.replayId",
  retries: 2,
  handler: replayScoring,
  // Shown to the operator on the position page; describeError keeps row values out.
  onFailure: (data, error) =>
    failScoringReplay({ replayId: data.replayId, reason: describeError(error) }),
});
