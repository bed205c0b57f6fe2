import "server-only";
import type { ScoringReplay, WorkspaceRole } from "@/db/schema";
import { roleCan } from "@/lib/auth/workspace-access";
import { listScoringReplays } from "@/lib/db/scoring-replays";
import { replayResultSchema, type ScoringReplayView } from "./schemas";

/**
 * A replay as the routes and the position page show it. The impact tables aggregate candidates' self-identification:
 * only a member who may read adverse impact sees them.
 */
export function toScoringReplayView(
  replay: ScoringReplay,
  member: { role: WorkspaceRole },
): ScoringReplayView {
  const parsed = replayResultSchema.safeParse(replay.result);
  const result = parsed.success ? parsed.data : null;
  return {
    id: replay.id,
    positionId: replay.positionId,
    status: replay.status,
    change: replay.change,
    sampleSize: replay.sampleSize,
    fromRubricVersions: replay.fromRubricVersions,
    toRubricVersions: replay.toRubricVersions,
    result:
      result && !roleCan(member.role, "adverse-impact:read") ? { ...result, impact: null } : result,
    error: replay.error,
    durationMs: replay.durationMs,
    requestedByUserId: replay.requestedByUserId,
    createdAt: replay.createdAt.toISOString(),
    finishedAt: replay.finishedAt?.toISOString() ?? null,
    appliedAt: replay.appliedAt?.toISOString() ?? null,
    appliedByUserId: replay.appliedByUserId,
  };
}

/** The position's latest replay while it still asks for attention (running, ready or failed). */
export async function getOpenScoringReplay(options: {
  positionId: string;
  companyId: string;
  member: { role: WorkspaceRole };
}): Promise<ScoringReplayView | null> {
  const [latest] = await listScoringReplays({ ...options, limit: 1 });
  if (!latest || !["running", "ready", "failed"].includes(latest.status)) return null;
  return toScoringReplayView(latest, options.member);
}
