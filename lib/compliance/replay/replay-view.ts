import "server-only";
import type { ScoringReplay } from "@/db/schema";
import type { MemberPrincipal } from "@/lib/auth/require-user";
import { roleCan } from "@/lib/auth/workspace-access";
import { replayResultSchema, type ScoringReplayView } from "@/lib/compliance/replay/schemas";

/**
 * A replay as the routes answer it. The impact tables aggregate candidates' self-identification:
 * only a member who may read adverse impact sees them.
 */
export function toScoringReplayView(
  replay: ScoringReplay,
  member: MemberPrincipal,
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
