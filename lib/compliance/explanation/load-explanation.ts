import "server-only";
import type { Interview } from "@/db/schema";
import {
  getCompanyCached,
  getPositionCached,
  listInterviewQuestionsCached,
} from "@/lib/cache/cached-reads";
import { toCandidateContest } from "@/lib/compliance/contests/contest-views";
import { listContestsOfInterview } from "@/lib/db/contests";
import { getHiringDecision } from "@/lib/db/hiring-decisions";
import { listScorecardEntries } from "@/lib/db/human-scorecard";
import { getReportWithEvaluations } from "@/lib/db/reports";
import { listRubricVersions } from "@/lib/db/rubric-versions";
import { listScoreOverrides } from "@/lib/db/score-overrides";
import { DomainError, notFoundError } from "@/lib/domain-error";
import {
  explainOutcome,
  explainScorecard,
  explainScoredAnswers,
  listHumanChanges,
} from "./build-explanation";
import { explanationAvailability } from "./explanation-availability";
import type { ExplainedCompetency, Explanation, HumanChange } from "./schemas";

/** Throws `explanation_not_available` (409, saying when it opens) unless the company allows it now. */
export async function assertExplanationAvailable(interview: Interview) {
  const [company, decision] = await Promise.all([
    getCompanyCached(interview.companyId),
    getHiringDecision({ interviewId: interview.id }),
  ]);
  if (!company) throw notFoundError("Interview");
  const availability = explanationAvailability({
    access: company.explanationAccess,
    status: interview.status,
    hasDecision: decision !== null,
  });
  if (!availability.isAvailable) {
    throw new DomainError({
      kind: "conflict",
      code: "explanation_not_available",
      message: availability.reason,
    });
  }
  return { company, decision };
}

async function explainAiScoring(interviewId: string) {
  const [scored, overrides] = await Promise.all([
    getReportWithEvaluations({ interviewId }),
    listScoreOverrides({ interviewId }),
  ]);
  const answers = scored?.answers ?? [];
  const competencyScores = scored?.report.competencyScores ?? [];
  const versionIds = [...new Set(answers.map((a) => a.evaluation.rubricVersion))];
  const rubricVersions = await listRubricVersions({ ids: versionIds });
  const competencies = explainScoredAnswers({
    answers,
    competencyScores,
    overrides,
    rubricVersions,
  });
  const humanChanges = listHumanChanges({ overrides, answers, competencyScores });
  return { competencies, humanChanges };
}

async function explainHumanScoring(
  interviewId: string,
): Promise<{ competencies: ExplainedCompetency[]; humanChanges: HumanChange[] }> {
  const entries = (await listScorecardEntries({ interviewId })).sort(
    (a, b) =>
      a.competency.localeCompare(b.competency) || a.criterionKey.localeCompare(b.criterionKey),
  );
  const rubricVersions = await listRubricVersions({
    ids: [...new Set(entries.map((entry) => entry.rubricVersion))],
  });
  return { competencies: explainScorecard({ entries, rubricVersions }), humanChanges: [] };
}

/**
 * The explanation of one interview's result, once the company allows it: what was assessed, the
 * quotes behind each point, what people changed, and the decision. Never integrity signals, other
 * candidates or who reviewed.
 */
export async function getExplanation(options: { interview: Interview }): Promise<Explanation> {
  const { interview } = options;
  const { company, decision } = await assertExplanationAvailable(interview);
  const [position, questions, contests, scoring] = await Promise.all([
    getPositionCached(interview.positionId),
    listInterviewQuestionsCached(interview.id),
    listContestsOfInterview({ interviewId: interview.id }),
    interview.aiScoring ? explainAiScoring(interview.id) : explainHumanScoring(interview.id),
  ]);
  return {
    interviewId: interview.id,
    companyName: company.name,
    positionTitle: position?.title ?? "",
    language: position?.language ?? "en",
    aiScoring: interview.aiScoring,
    rubricVersions: [...new Set(scoring.competencies.flatMap((c) => c.rubricVersions))].sort(),
    competencies: scoring.competencies,
    humanChanges: scoring.humanChanges,
    outcome: explainOutcome({ decision, competencies: scoring.competencies }),
    questions: questions.map(({ id, order, content }) => ({ id, order, content })),
    contests: contests.map(toCandidateContest),
  };
}
