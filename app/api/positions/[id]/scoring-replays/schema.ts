import { proposedScoringChangeSchema } from "@/lib/compliance/replay/schemas";

/** POST /api/positions/{id}/scoring-replays: proposed rubrics, a chat model, or both. */
export const startScoringReplaySchema = proposedScoringChangeSchema;
