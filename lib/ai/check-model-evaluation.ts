import "server-only";
import type { CompetencyRubric } from "@/lib/rubrics/schemas";
import { computeAnswerScore, pointsToScore } from "./anchored-score";
import type { ModelAnswerEvaluation } from "./schemas";
import type { AnswerEvaluation, AnswerSegment } from "./types";
import { verifyEvidence } from "./verify-evidence";

export type CheckedReply = {
  /** Null when the criteria do not match the rubric: then nothing can be computed. */
  evaluation: Omit<AnswerEvaluation, "attempts" | "reviewReasons"> | null;
  /** Why the reply cannot be trusted as it is; null when it can. */
  problem: string | null;
};

/**
 * Turns a model reply into an evaluation, or says why it cannot be trusted: the criteria must be
 * exactly the rubric's, and at least one evidence quote must appear verbatim in the answer.
 */
export function checkModelEvaluation(options: {
  reply: ModelAnswerEvaluation;
  rubric: CompetencyRubric;
  segments: AnswerSegment[];
}): CheckedReply {
  const { reply, rubric, segments } = options;
  const expected = rubric.criteria.map((criterion) => criterion.key).sort();
  const received = reply.criteria.map((criterion) => criterion.key).sort();
  if (expected.join("\n") !== received.join("\n")) {
    return {
      evaluation: null,
      problem: `the reply scored criteria [${received.join(", ")}] but the rubric has [${expected.join(", ")}]`,
    };
  }
  const byKey = new Map(reply.criteria.map((criterion) => [criterion.key, criterion]));
  const ordered = rubric.criteria.map((criterion) => ({
    criterion,
    scored: byKey.get(criterion.key),
  }));
  const quoted = ordered.flatMap(({ criterion, scored }) =>
    (scored?.evidence ?? []).map((item) => ({
      quote: item.quote,
      segmentId: item.segmentId,
      supports: criterion.name,
      criterionKey: criterion.key,
    })),
  );
  const { evidence } = verifyEvidence({ evidence: quoted, segments });
  // A point above the floor must rest on words the candidate said: a criterion none of whose
  // quotes verify counts as 1, and its rationale says so.
  const scores = ordered.map(({ criterion, scored }) => {
    const claimed = scored?.points ?? 1;
    const isBacked = evidence.some((item) => item.criterionKey === criterion.key);
    const points = isBacked ? claimed : 1;
    const note = claimed > points ? ` (The model gave ${claimed}; no quote of it verified.)` : "";
    return {
      key: criterion.key,
      criterion: criterion.name,
      points,
      score: pointsToScore(points),
      rationale: `${scored?.rationale ?? ""}${note}`,
    };
  });
  const evaluation = {
    score: computeAnswerScore(scores.map((row) => row.points)),
    rubricScores: scores,
    evidence,
    strengths: reply.strengths,
    improvements: reply.improvements,
    feedback: reply.feedback,
  };
  if (evidence.length === 0) {
    return {
      evaluation,
      problem:
        quoted.length === 0
          ? "the reply quoted no evidence"
          : `none of its ${quoted.length} evidence quotes appears verbatim in the answer`,
    };
  }
  return { evaluation, problem: null };
}
