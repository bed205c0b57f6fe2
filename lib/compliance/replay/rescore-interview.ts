import "server-only";
import type { StoredCompetencyRubric } from "@/db/schema";
import { listThreadSegments } from "@/lib/ai/thread-segments";
import type { AiProvider } from "@/lib/ai/types";
import { getEvaluation } from "@/lib/db/evaluations";
import { listOtherAnswers, loadInterviewAnswers } from "@/lib/evaluation/load-interview-answers";
import { hashThread } from "@/lib/evaluation/score-answer";
import { summariseScores } from "@/lib/evaluation/score-bands";
import { resolveRubric } from "@/lib/rubrics/resolve-rubric";
import { computeRubricVersion } from "@/lib/rubrics/rubric-version";

/**
 * Scores an evaluated interview's answers again on the proposed rubrics, the way scoreAnswer
 * does (same rubric resolution, version, thread and provider call) but writing nothing: no
 * evaluation, no report, no rubric version. An answer whose stored evaluation already has the
 * proposed version and the same thread keeps that score without a call, as scoreAnswer would.
 */
export async function rescoreInterview(options: {
  interviewId: string;
  rubrics: StoredCompetencyRubric[];
  provider: AiProvider;
}) {
  const { provider } = options;
  const { position, answers } = await loadInterviewAnswers({ interviewId: options.interviewId });
  const scorer = {
    provider: provider.name,
    model: provider.models.chat,
    scorerVersion: provider.scorerVersion,
  };
  let scoringCalls = 0;
  const scored: { competency: string; score: number }[] = [];
  for (const { question, segments, followUps } of answers) {
    const rubric = resolveRubric({
      rubrics: options.rubrics,
      language: position.language,
      competency: question.competency,
    });
    const rubricVersion = computeRubricVersion({ rubric, language: position.language, scorer });
    const threadSegments = listThreadSegments({ answer: segments, followUps });
    if (threadSegments.length === 0) {
      scored.push({ competency: question.competency, score: 0 });
      continue;
    }
    const stored = await getEvaluation({ questionId: question.id, rubricVersion });
    if (stored?.answerHash === hashThread({ segments, followUps })) {
      scored.push({ competency: question.competency, score: stored.score });
      continue;
    }
    scoringCalls += 1;
    const evaluation = await provider.evaluateAnswer({
      language: position.language,
      question: question.content,
      competency: question.competency,
      rubric,
      rubricVersion,
      answer: segments,
      followUps,
      otherAnswers: listOtherAnswers({ answers, exceptQuestionId: question.id }),
    });
    scored.push({ competency: question.competency, score: evaluation.score });
  }
  return { ...summariseScores(scored), answerCount: answers.length, scoringCalls };
}
