import "server-only";
import type { Position } from "@/db/schema";
import { hasReplayableInterviews } from "@/lib/db/scoring-replays";
import { applyPositionRubrics } from "@/lib/rubrics/apply-position-rubrics";
import type { CompetencyRubric } from "@/lib/rubrics/schemas";
import { changesRubrics } from "./start-scoring-replay";

/**
 * A position edit's rubrics: what applies now, and what is held for a replay. Rubrics that would
 * score differently are held while the position has evaluated, AI-scored interviews to replay
 * them on; with none there is nothing to compare, and they apply at once.
 */
export async function planRubricEdit(options: {
  current: Position;
  competencies?: string[];
  language?: string;
  sent?: CompetencyRubric[];
}): Promise<{ rubrics: CompetencyRubric[]; held: CompetencyRubric[] | null }> {
  const { current } = options;
  const next = {
    ...current,
    competencies: options.competencies ?? current.competencies,
    language: options.language ?? current.language,
  };
  const proposed = applyPositionRubrics({ ...next, sent: options.sent, existing: current.rubrics });
  if (!options.sent) return { rubrics: proposed, held: null };
  const kept = applyPositionRubrics({ ...next, existing: current.rubrics });
  const isHeld =
    changesRubrics({ ...next, rubrics: kept }, proposed) &&
    (await hasReplayableInterviews({ positionId: current.id, companyId: current.companyId }));
  return isHeld ? { rubrics: kept, held: proposed } : { rubrics: proposed, held: null };
}
