import "server-only";
import type { Position, StoredCompetencyRubric } from "@/db/schema";
import { getAiProvider } from "@/lib/ai/get-ai-provider";
import { createScoringReplay, hasReplayableInterviews } from "@/lib/db/scoring-replays";
import { DomainError } from "@/lib/domain-error";
import { env } from "@/lib/env.mjs";
import { listPositionRubricVersions, toScorer } from "./position-rubric-versions";

/** The position's rubric versions as the deployed scorer scores them now. */
export function currentRubricVersions(position: Position): string[] {
  return listPositionRubricVersions({ ...position, scorer: toScorer(getAiProvider()) }).ids;
}

/**
 * Whether `rubrics` would score differently from the position's own: compared by rubric version,
 * so a form that sends the unchanged rubrics back (with another field) is no change.
 */
export function changesRubrics(position: Position, rubrics: StoredCompetencyRubric[]): boolean {
  const proposed = listPositionRubricVersions({
    ...position,
    rubrics,
    scorer: toScorer(getAiProvider()),
  }).ids;
  return proposed.join() !== currentRubricVersions(position).join();
}

/**
 * Records a replay of a proposed change (complete rubrics for the position, or a chat model) on
 * the position's last SCORING_REPLAY_SAMPLE evaluated interviews; the caller sends its event.
 * A conflict when the position has no evaluated interview, or a replay still runs.
 */
export async function startScoringReplay(options: {
  position: Position;
  change: { rubrics?: StoredCompetencyRubric[]; model?: string };
  requestedByUserId: string | null;
}) {
  const { position } = options;
  if (
    !(await hasReplayableInterviews({ positionId: position.id, companyId: position.companyId }))
  ) {
    throw new DomainError({
      kind: "conflict",
      message: "The position has no evaluated, AI-scored interview to replay the change on.",
    });
  }
  return createScoringReplay({
    companyId: position.companyId,
    positionId: position.id,
    requestedByUserId: options.requestedByUserId,
    change: options.change,
    sampleSize: env.SCORING_REPLAY_SAMPLE,
    fromRubricVersions: currentRubricVersions(position),
  });
}
