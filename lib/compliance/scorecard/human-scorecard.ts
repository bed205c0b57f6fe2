import "server-only";
import type { Interview } from "@/db/schema";
import { listThreadSegments } from "@/lib/ai/thread-segments";
import type { AnswerSegment } from "@/lib/ai/types";
import { listScorecardEntries, saveScorecardEntries } from "@/lib/db/human-scorecard";
import { DomainError } from "@/lib/domain-error";
import { loadInterviewAnswers } from "@/lib/evaluation/load-interview-answers";
import { checkScorecardEntries } from "./check-scorecard-entries";
import { computeScorecard, type ScorecardEntryValue } from "./compute-scorecard";
import { humanScorer, listScorecardCompetencies } from "./scorecard-rubrics";

/** The interview's scorecard: its competencies' rubrics, the points and quotes so far, the sums. */
export async function loadHumanScorecard(options: { interviewId: string }) {
  const [{ position, answers }, entries] = await Promise.all([
    loadInterviewAnswers({ interviewId: options.interviewId }),
    listScorecardEntries({ interviewId: options.interviewId }),
  ]);
  const competencies = listScorecardCompetencies({
    position,
    questions: answers.map((answer) => answer.question),
  });
  return {
    position,
    answers,
    competencies,
    scorecard: computeScorecard({ competencies, entries }),
  };
}

/** A scorecard is only for an interview the candidate asked no AI to score, once it is over. */
export function assertScorecardOpen(interview: Pick<Interview, "aiScoring" | "status">): void {
  if (interview.aiScoring) {
    throw new DomainError({
      kind: "conflict",
      message:
        "This interview is scored by AI: change a score with an override instead of a scorecard.",
    });
  }
  if (interview.status !== "evaluated") {
    throw new DomainError({
      kind: "conflict",
      message: `The scorecard opens once the interview is over and its transcript kept (status: ${interview.status}).`,
    });
  }
}

/**
 * Saves a person's points and quotes after checking each names a criterion of the interview's
 * rubrics and quotes the candidate's own words; returns the scorecard as it now stands.
 */
export async function saveHumanScorecard(options: {
  interview: Interview;
  actorUserId: string;
  entries: ScorecardEntryValue[];
}) {
  const { interview } = options;
  assertScorecardOpen(interview);
  const { position, answers, competencies } = await loadHumanScorecard({
    interviewId: interview.id,
  });
  const segmentsByCompetency = new Map<string, AnswerSegment[]>();
  for (const answer of answers) {
    const { competency } = answer.question;
    segmentsByCompetency.set(competency, [
      ...(segmentsByCompetency.get(competency) ?? []),
      ...listThreadSegments({ answer: answer.segments, followUps: answer.followUps }),
    ]);
  }
  checkScorecardEntries({ competencies, segmentsByCompetency, entries: options.entries });
  const touched = competencies.filter((row) =>
    options.entries.some((entry) => entry.competency === row.competency),
  );
  await saveScorecardEntries({
    companyId: interview.companyId,
    interviewId: interview.id,
    actorUserId: options.actorUserId,
    entries: options.entries.map((entry) => {
      const competency = touched.find((row) => row.competency === entry.competency);
      const criterion = competency?.criteria.find((row) => row.key === entry.criterionKey);
      return {
        ...entry,
        quote: entry.quote.replace(/\s+/g, " ").trim(),
        subject: `${entry.competency}: ${criterion?.name ?? entry.criterionKey}`,
        rubricVersion: competency?.rubricVersion ?? "",
      };
    }),
    versions: touched.map((row) => ({
      id: row.rubricVersion,
      competency: row.competency.trim().toLowerCase(),
      language: position.language,
      criteria: row.criteria,
      ...humanScorer,
    })),
  });
  return (await loadHumanScorecard({ interviewId: interview.id })).scorecard;
}
