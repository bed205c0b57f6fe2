import "server-only";
import type { CompetencyScore, StoredScoringChange } from "@/db/schema";
import { createAiProvider } from "@/lib/ai/create-ai-provider";
import { getAiProvider } from "@/lib/ai/get-ai-provider";
import type { AiProvider } from "@/lib/ai/types";
import { getPositionById } from "@/lib/db/positions";
import {
  getScoringReplayById,
  listReplayableInterviews,
  transitionScoringReplay,
} from "@/lib/db/scoring-replays";
import { env } from "@/lib/env.mjs";
import { listPositionRubricVersions, toScorer } from "./position-rubric-versions";
import { measureReplayImpact } from "./replay-impact";
import type { ReplayResult } from "./schemas";
import {
  bandBasis,
  type InterviewScores,
  summariseBands,
  summariseShifts,
} from "./summarise-replay";

/** What one re-scored interview gives back (a step's small JSON result). */
export type RescoredInterview = {
  interviewId: string;
  overallScore: number;
  competencyScores: CompetencyScore[];
  answerCount: number;
  scoringCalls: number;
};

/**
 * The provider a replay scores with: the deployed one, or the same with the proposed chat model
 * (offline, a model changes nothing: the heuristic has none).
 */
export function getReplayProvider(change: StoredScoringChange): AiProvider {
  if (!change.model) return getAiProvider();
  return createAiProvider({
    openaiApiKey: env.OPENAI_API_KEY,
    openaiBaseUrl: env.OPENAI_BASE_URL,
    chatModel: change.model,
    embeddingModel: env.OPENAI_EMBEDDING_MODEL,
  });
}

/**
 * A running replay's sample (the position's last `sampleSize` evaluated, AI-scored interviews
 * with their report's scores) and the complete rubrics it scores with; null once it is not
 * running (discarded meanwhile).
 */
export async function loadReplaySample(options: { replayId: string }) {
  const replay = await getScoringReplayById({ id: options.replayId });
  if (replay?.status !== "running") return null;
  const position = await getPositionById({ id: replay.positionId });
  if (!position) return null;
  const interviews = await listReplayableInterviews({
    positionId: position.id,
    companyId: position.companyId,
    limit: replay.sampleSize,
  });
  return {
    startedAtMs: Date.now(),
    rubrics: replay.change.rubrics ?? position.rubrics,
    interviews,
  };
}

/**
 * Stores the replay's figures and the rubric versions the change produces (kept in
 * rubric_versions), and marks it ready; a replay discarded meanwhile stays discarded.
 */
export async function saveReplayResult(options: {
  replayId: string;
  startedAtMs: number;
  old: { interviewId: string; overallScore: number; competencyScores: CompetencyScore[] }[];
  rescored: RescoredInterview[];
}) {
  const replay = await getScoringReplayById({ id: options.replayId });
  const position = replay && (await getPositionById({ id: replay.positionId }));
  if (!replay || !position) return null;
  const provider = getReplayProvider(replay.change);
  const scorer = toScorer(provider);
  const scores: InterviewScores[] = options.rescored.flatMap((after) => {
    const before = options.old.find((row) => row.interviewId === after.interviewId);
    return before ? [{ interviewId: after.interviewId, old: before, new: after }] : [];
  });
  const bands = summariseBands(scores);
  const made = options.rescored.reduce((sum, row) => sum + row.scoringCalls, 0);
  const limit = options.rescored.reduce((sum, row) => sum + row.answerCount, 0);
  const result: ReplayResult = {
    interviewCount: scores.length,
    scoredBy: scorer,
    scoringCalls: {
      made,
      limit,
      note: "At most one scoring call per answer of the sample; none counts toward a candidate's interview.",
    },
    competencies: summariseShifts(scores),
    bandChanges: { basis: bandBasis, count: bands.changed.length, interviewIds: bands.changed },
    interviews: bands.rows,
    impact: await measureReplayImpact({ companyId: position.companyId, interviews: bands.rows }),
    notes: provider.name === "offline" ? [offlineNote(replay.change)] : [],
  };
  const versions = listPositionRubricVersions({
    ...position,
    rubrics: replay.change.rubrics ?? position.rubrics,
    scorer,
  });
  await versions.save();
  const finishedAt = new Date();
  const row = await transitionScoringReplay({
    id: replay.id,
    from: ["running"],
    to: "ready",
    changes: {
      result,
      toRubricVersions: versions.ids,
      finishedAt,
      durationMs: Math.max(0, finishedAt.getTime() - options.startedAtMs),
    },
  });
  return row ? { replayId: row.id, status: row.status, interviewCount: scores.length } : null;
}

function offlineNote(change: StoredScoringChange): string {
  return change.model
    ? "Scored offline: the heuristic has no model, so a model change shows no shift here."
    : "Scored offline: the heuristic reads the answers, not the rubric's anchors; shifts show where stored scores differ from a fresh offline score.";
}

/** After the last retry: failed, with a reason an operator can act on and no candidate content. */
export async function failScoringReplay(options: { replayId: string; reason: string }) {
  await transitionScoringReplay({
    id: options.replayId,
    from: ["running"],
    to: "failed",
    changes: { error: `Replay failed: ${options.reason}`.slice(0, 500), finishedAt: new Date() },
  });
}
