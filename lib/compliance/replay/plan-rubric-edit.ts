import "server-only";
import type { Position } from "@/db/schema";
import { hasReplayableInterviews } from "@/lib/db/scoring-replays";
import { applyPositionRubrics } from "@/lib/rubrics/apply-position-rubrics";
import type { CompetencyRubric } from "@/lib/rubrics/schemas";
import { changesRubrics, startScoringReplay } from "./start-scoring-replay";

/**
 * A position edit that sends rubrics: what applies now, and the replay that holds the rest.
 * Rubrics that would score differently are held while the position has evaluated, AI-scored
 * interviews to replay them on; with none there is nothing to compare, and they apply at once.
 * Loaded with import() by the position route: it brings the scorer, which only this edit needs.
 */
export async function planRubricEdit(options: {
  current: Position;
  changes: Partial<Position>;
  sent: CompetencyRubric[];
  requestedByUserId: string;
}) {
  const { current, changes } = options;
  const next = {
    ...current,
    competencies: changes.competencies ?? current.competencies,
    language: changes.language ?? current.language,
  };
  const proposed = applyPositionRubrics({ ...next, sent: options.sent, existing: current.rubrics });
  const kept = applyPositionRubrics({ ...next, existing: current.rubrics });
  const isHeld =
    changesRubrics({ ...next, rubrics: kept }, proposed) &&
    (await hasReplayableInterviews({ positionId: current.id, companyId: current.companyId }));
  if (!isHeld) return { rubrics: proposed, replay: null };
  const replay = await startScoringReplay({
    position: { ...current, ...changes, rubrics: kept },
    change: { rubrics: proposed },
    requestedByUserId: options.requestedByUserId,
  });
  return { rubrics: kept, replay };
}
