import "server-only";
import { getDb } from "@/db/client";
import { invalidatePositionCache } from "@/lib/cache/invalidate";
import { insertReviewAudit } from "@/lib/db/review-audit";
import {
  getPositionForReplay,
  lockPositionReplays,
  setPositionRubrics,
  transitionScoringReplay,
} from "@/lib/db/scoring-replays";
import { DomainError, notFoundError } from "@/lib/domain-error";
import { currentRubricVersions } from "./start-scoring-replay";

/**
 * Applies a ready replay's rubrics to its position, only while the position still scores with
 * the rubrics the replay started from (else `replay_stale`: replay again). Marks the replay
 * applied and writes the audit line in the same transaction.
 */
export async function applyScoringReplay(options: {
  replayId: string;
  positionId: string;
  companyId: string;
  userId: string;
}) {
  const db = await getDb();
  const applied = await db.transaction(async (tx) => {
    await lockPositionReplays(tx, options.positionId);
    const { position, replay } = await getPositionForReplay(tx, options);
    if (!position || !replay) throw notFoundError("Scoring replay");
    if (replay.status !== "ready") {
      throw new DomainError({
        kind: "conflict",
        code: replay.status === "running" ? "replay_running" : undefined,
        message: `The replay is ${replay.status}; only a ready replay can be applied.`,
      });
    }
    const rubrics = replay.change.rubrics;
    if (!rubrics) {
      throw new DomainError({
        kind: "conflict",
        message:
          "This replay previews a model or prompt; that change applies with a deploy (docs/compliance.md).",
      });
    }
    if (currentRubricVersions(position).join() !== replay.fromRubricVersions.join()) {
      throw new DomainError({
        kind: "conflict",
        code: "replay_stale",
        message:
          "The position's rubrics (or scorer) changed since this replay started; replay the change again.",
      });
    }
    await setPositionRubrics(tx, { positionId: position.id, rubrics });
    const row = await transitionScoringReplay(
      {
        id: replay.id,
        from: ["ready"],
        to: "applied",
        changes: { appliedAt: new Date(), appliedByUserId: options.userId },
      },
      tx,
    );
    await insertReviewAudit(tx, {
      companyId: options.companyId,
      interviewId: null,
      actorUserId: options.userId,
      action: "apply_scoring_change",
      subject: `Position "${position.title}"`,
      before: { rubricVersions: replay.fromRubricVersions },
      after: { rubricVersions: replay.toRubricVersions },
      reason: `Scoring replay ${replay.id}`,
    });
    return row;
  });
  await invalidatePositionCache(options.positionId);
  return applied;
}
