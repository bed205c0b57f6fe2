import type {
  Evaluation,
  HiringDecision,
  HumanScorecardEntry,
  InterviewQuestion,
  RubricVersion,
  ScoreOverride,
} from "@/db/schema";
import type { CompetencyScore } from "@/db/schema/reports";
import { pointsToScore } from "@/lib/ai/anchored-score";
import type {
  ExplainedCompetency,
  ExplainedCriterion,
  ExplainedOutcome,
  HumanChange,
} from "./schemas";

type Criteria = RubricVersion["criteria"];
type ScoredAnswer = {
  question: Pick<InterviewQuestion, "id" | "order" | "competency">;
  evaluation: Pick<Evaluation, "score" | "rubricScores" | "evidence" | "rubricVersion">;
};

function criteriaOf(versions: RubricVersion[], competency: string, ids: string[]): Criteria {
  const rows = versions.filter((row) => row.competency === competency && ids.includes(row.id));
  const byKey = new Map(rows.flatMap((row) => row.criteria).map((c) => [c.key, c]));
  return [...byKey.values()];
}

function toCriterion(criterion: Criteria[number] | { key: string; name: string }) {
  const full = "anchors" in criterion ? criterion : null;
  return {
    key: criterion.key,
    name: criterion.name,
    description: full?.description ?? "",
    anchors: full?.anchors ?? null,
  };
}

/**
 * Per competency of an AI-scored interview: its rubric criteria with their anchors and, for each
 * answer, the points a criterion earned and the quotes that earned them. Rationales, feedback and
 * review reasons stay out: they may speak of the grader or of integrity signals.
 */
export function explainScoredAnswers(options: {
  answers: ScoredAnswer[];
  competencyScores: CompetencyScore[];
  overrides: ScoreOverride[];
  rubricVersions: RubricVersion[];
}): ExplainedCompetency[] {
  const human = new Map(
    options.overrides.filter((o) => o.kind === "competency").map((o) => [o.target, o.score]),
  );
  const names = [
    ...new Set([
      ...options.competencyScores.map((row) => row.competency),
      ...options.answers.map((answer) => answer.question.competency),
    ]),
  ];
  return names.map((competency) => {
    const answers = options.answers.filter((a) => a.question.competency === competency);
    const versionIds = [...new Set(answers.map((a) => a.evaluation.rubricVersion))].sort();
    const known = criteriaOf(options.rubricVersions, competency, versionIds);
    // Without the version's row, the criteria the scorer named are all that is known.
    const named = answers
      .flatMap((a) => a.evaluation.rubricScores)
      .flatMap((s) => (s.key ? [{ key: s.key, name: s.criterion }] : []));
    const criteria = (known.length > 0 ? known : uniqueByKey(named)).map(toCriterion);
    const keys = new Set(criteria.map((c) => c.key));
    return {
      competency,
      score: options.competencyScores.find((row) => row.competency === competency)?.score ?? null,
      humanScore: human.get(competency) ?? null,
      rubricVersions: versionIds,
      criteria: criteria.map(
        (criterion): ExplainedCriterion => ({
          ...criterion,
          earned: answers.flatMap(({ question, evaluation }) => {
            const scored = evaluation.rubricScores.find((s) => s.key === criterion.key);
            const quotes = evaluation.evidence
              .filter((e) => e.criterionKey === criterion.key)
              .map((e) => e.quote);
            if (!scored && quotes.length === 0) return [];
            return [{ questionOrder: question.order, points: scored?.points ?? null, quotes }];
          }),
        }),
      ),
      otherQuotes: answers.flatMap(({ question, evaluation }) =>
        evaluation.evidence
          .filter((e) => !e.criterionKey || !keys.has(e.criterionKey))
          .map((e) => ({ questionOrder: question.order, quote: e.quote })),
      ),
    };
  });
}

function uniqueByKey<T extends { key: string }>(rows: T[]): T[] {
  return [...new Map(rows.map((row) => [row.key, row])).values()];
}

/** The same shape from a human scorecard: the recruiter's points and quote per criterion. */
export function explainScorecard(options: {
  entries: Pick<
    HumanScorecardEntry,
    "competency" | "criterionKey" | "points" | "quote" | "rubricVersion"
  >[];
  rubricVersions: RubricVersion[];
}): ExplainedCompetency[] {
  const names = [...new Set(options.entries.map((entry) => entry.competency))];
  return names.map((competency) => {
    const entries = options.entries.filter((entry) => entry.competency === competency);
    const versionIds = [...new Set(entries.map((entry) => entry.rubricVersion))].sort();
    const known = criteriaOf(options.rubricVersions, competency, versionIds);
    const criteria =
      known.length > 0
        ? known.map(toCriterion)
        : entries.map((entry) =>
            toCriterion({ key: entry.criterionKey, name: entry.criterionKey }),
          );
    return {
      competency,
      score: null,
      humanScore: null,
      rubricVersions: versionIds,
      criteria: criteria.map((criterion) => ({
        ...criterion,
        earned: entries
          .filter((entry) => entry.criterionKey === criterion.key)
          .map((entry) => ({
            questionOrder: null,
            points: entry.points,
            quotes: entry.quote ? [entry.quote] : [],
          })),
      })),
      otherQuotes: [],
    };
  });
}

/** Every number a person set in place of the scorer's, with the scorer's value beside it. */
export function listHumanChanges(options: {
  overrides: ScoreOverride[];
  answers: ScoredAnswer[];
  competencyScores: CompetencyScore[];
}): HumanChange[] {
  return options.overrides.map((override) => {
    if (override.kind === "competency") {
      const ai = options.competencyScores.find((row) => row.competency === override.target);
      return {
        kind: "competency",
        subject: override.target,
        aiValue: ai?.score ?? null,
        humanValue: override.score,
      };
    }
    const answer = options.answers.find((a) => a.question.id === override.target);
    return {
      kind: "answer",
      subject: answer ? `Question ${answer.question.order}` : "An answer",
      aiValue: answer?.evaluation.score ?? null,
      humanValue: override.score,
    };
  });
}

const principalReasonCount = 2;

/**
 * The decision in plain words. After a rejection the candidate is told the principal reasons:
 * the lowest-scored competencies, a person's score taking the scorer's place.
 */
export function explainOutcome(options: {
  decision: HiringDecision | null;
  competencies: ExplainedCompetency[];
}): ExplainedOutcome | null {
  const { decision } = options;
  if (!decision) return null;
  const base = { decidedAt: decision.updatedAt.toISOString(), principalReasons: [] };
  if (decision.decision === "advance") return { ...base, decision: "advanced" };
  if (decision.decision === "hold") return { ...base, decision: "on_hold" };
  const scored = options.competencies.flatMap(({ competency, humanScore, score, criteria }) => {
    const value = humanScore ?? score ?? scorecardScore(criteria);
    return value === null ? [] : [{ competency, score: value }];
  });
  scored.sort((a, b) => a.score - b.score || a.competency.localeCompare(b.competency));
  return {
    ...base,
    decision: "not_advanced",
    principalReasons: scored.slice(0, principalReasonCount),
  };
}

/** A scorecard competency's 0–100: the mean of its criteria on the anchored scale. */
function scorecardScore(criteria: ExplainedCriterion[]): number | null {
  const points = criteria.flatMap((c) => c.earned.flatMap((e) => (e.points ? [e.points] : [])));
  if (points.length === 0) return null;
  return Math.round(points.reduce((sum, p) => sum + pointsToScore(p), 0) / points.length);
}
