import type { Metadata } from "next";
import Link from "next/link";
import { Panel, PanelHeading } from "@/app/_components/panel";
import { requirePageMember } from "@/lib/auth/require-page-user";
import { roleCan } from "@/lib/auth/workspace-access";
import { getReportCached, listInterviewQuestionsCached } from "@/lib/cache/cached-reads";
import { loadHumanScorecard } from "@/lib/compliance/scorecard/human-scorecard";
import { humanScorecardSchema } from "@/lib/compliance/scorecard/schemas";
import { describeScorer } from "@/lib/dashboard/describe-scorer";
import { getOwnInterviewOrNotFound } from "@/lib/dashboard/get-own-interview";
import { scoreTone, statusLabels } from "@/lib/dashboard/labels";
import { getInterviewOverview } from "@/lib/db/interview-overview";
import { countRecordingsInPreparation } from "@/lib/db/recordings";
import { listRubricVersions } from "@/lib/db/rubric-versions";
import { listTranscriptSegments } from "@/lib/db/transcripts";
import { groupAnswerThreads } from "@/lib/evaluation/group-answer-threads";
import { openWholeInterviewFilesAtAnswer } from "@/lib/media/egress-answer-offsets";
import {
  listPlayableRecordings,
  recordingsForTurn,
} from "@/lib/recordings/list-playable-recordings";
import { decisionLabels } from "@/lib/review/format-audit";
import { getInterviewReview } from "@/lib/review/get-interview-review";
import { applyCompetencyOverrides } from "@/lib/review/human-scores";
import { HumanScore } from "../../../../_components/human-score";
import { linkClass, PageHeader, secondaryButtonClass } from "../../../../_components/page-header";
import { RecommendationBadge } from "../../../../_components/recommendation-badge";
import { AccommodationNotice } from "./accommodation-notice";
import { AnswerSection } from "./answer-section";
import { CompetencySection } from "./competency-section";
import { HumanScorecardReport } from "./human-scorecard-report";
import { PrintButton } from "./print-button";
import { RecordingsPreparingNotice } from "./recordings-preparing-notice";
import { ReviewNotice } from "./review-notice";
import { ReviewPanel } from "./review-panel";
import { SignalsPanel } from "./signals-panel";

export const metadata: Metadata = { title: "Report" };

export default async function ReportPage(props: { params: Promise<{ id: string }> }) {
  const member = await requirePageMember("interview:read");
  const { id } = await props.params;
  const interview = await getOwnInterviewOrNotFound({ id, member });
  const [overview, data, segments, questions, review, recordings, preparing] = await Promise.all([
    getInterviewOverview({ interview }),
    getReportCached(interview.id),
    listTranscriptSegments({ interviewId: interview.id }),
    listInterviewQuestionsCached(interview.id),
    getInterviewReview({ interviewId: interview.id }),
    listPlayableRecordings({ interviewId: interview.id }),
    countRecordingsInPreparation({ interviewId: interview.id }),
  ]);
  const rubricVersions = await listRubricVersions({ ids: data?.report.rubricVersions ?? [] });
  const back = (
    <Link href={`/interviews/${interview.id}`} className={`${linkClass} print:hidden`}>
      ← Interview
    </Link>
  );
  if (!interview.aiScoring && interview.status === "evaluated") {
    const { scorecard } = await loadHumanScorecard({ interviewId: interview.id });
    return (
      <article className="space-y-6">
        <PageHeader
          eyebrow={back}
          title={`Report: ${interview.candidateName}`}
          description={`${overview?.position.title ?? "Unknown position"} · ${interview.candidateEmail}`}
          actions={<PrintButton />}
        />
        <HumanScorecardReport
          interview={interview}
          scorecard={humanScorecardSchema.parse(scorecard)}
          questions={questions}
          segments={segments}
          review={review}
          canScore={roleCan(member.role, "review:write")}
          canDecide={roleCan(member.role, "decision:write")}
        />
      </article>
    );
  }
  if (!data) {
    return (
      <>
        <PageHeader eyebrow={back} title={`Report: ${interview.candidateName}`} />
        <p className="mt-6 text-slate-700">
          The report is not ready yet (status: {statusLabels[interview.status]}). The interview page
          follows it live.
        </p>
      </>
    );
  }
  const { report, answers } = data;
  // Competencies are named in the position's language.
  const language = overview?.position.language ?? "en";
  const byTarget = (kind: "answer" | "competency") =>
    new Map(review.overrides.filter((row) => row.kind === kind).map((row) => [row.target, row]));
  const answerOverrides = byTarget("answer");
  const competencyOverrides = byTarget("competency");
  const human = applyCompetencyOverrides({
    competencyScores: report.competencyScores,
    overrides: [...competencyOverrides.values()].map((row) => ({
      competency: row.target,
      score: row.score,
    })),
  });
  const bankByQuestion = new Map(review.bankAnswers.map((row) => [row.interviewQuestionId, row]));
  const threads = new Map(
    groupAnswerThreads({ questions, segments }).map((thread) => [thread.question.id, thread]),
  );

  return (
    <article className="space-y-6">
      <PageHeader
        eyebrow={back}
        title={`Report: ${interview.candidateName}`}
        description={`${overview?.position.title ?? "Unknown position"} · ${interview.candidateEmail}`}
        actions={
          <>
            {overview ? (
              <Link
                href={`/positions/${overview.position.id}/compare`}
                className={secondaryButtonClass}
              >
                Compare candidates
              </Link>
            ) : null}
            <PrintButton />
          </>
        }
      />
      <ReviewNotice report={report} />
      <AccommodationNotice grant={interview.accommodationGrant} />
      <RecordingsPreparingNotice count={preparing} />

      <Panel
        labelledBy="summary-heading"
        padding="roomy"
        className="grid gap-4 md:grid-cols-[auto_1fr] print:border-slate-400"
      >
        <div className="flex flex-wrap items-center gap-4 md:flex-col md:items-start md:pr-6">
          <p>
            <span className="sr-only">Overall score: </span>
            {human.humanOverallScore === undefined ? (
              <>
                <span
                  className={`text-5xl font-bold tabular-nums ${scoreTone(report.overallScore)}`}
                >
                  {report.overallScore}
                </span>
                <span className="text-lg text-slate-600">/100</span>
              </>
            ) : (
              <HumanScore
                score={human.humanOverallScore}
                aiScore={report.overallScore}
                size="large"
              />
            )}
          </p>
          <p>
            <span className="sr-only">Recommendation: </span>
            <RecommendationBadge recommendation={report.recommendation} />
          </p>
          <p className="text-sm">
            <span className="font-medium">Decision:</span>{" "}
            {review.decision ? decisionLabels[review.decision.decision] : "none yet"}
          </p>
        </div>
        <div>
          <PanelHeading id="summary-heading" headingStyle="normal">
            Summary
          </PanelHeading>
          <p className="mt-1 text-slate-800">{report.summary}</p>
          <p className="mt-3 text-sm text-slate-700">
            <span className="font-medium">Scored by:</span>{" "}
            {describeScorer({ provider: report.provider, model: report.model })}
          </p>
          <p className="text-sm text-slate-700">
            <span className="font-medium">Evaluated:</span>{" "}
            {(interview.evaluatedAt ?? report.updatedAt).toISOString().slice(0, 10)} ·{" "}
            {answers.length} answers
          </p>
        </div>
      </Panel>

      <SignalsPanel interviewId={interview.id} />

      <CompetencySection
        interviewId={interview.id}
        rows={human.competencyScores}
        reasons={new Map([...competencyOverrides].map(([target, row]) => [target, row.reason]))}
        language={language}
      />

      <Panel heading="Answers" tone="plain" className="space-y-4">
        {answers.map(({ question, evaluation }) => (
          <AnswerSection
            key={question.id}
            interviewId={interview.id}
            language={language}
            question={question}
            evaluation={evaluation}
            segments={segments.filter((segment) => segment.questionId === question.id)}
            followUps={threads.get(question.id)?.followUps ?? []}
            override={answerOverrides.get(question.id) ?? null}
            rubricVersion={
              rubricVersions.find((version) => version.id === evaluation.rubricVersion) ?? null
            }
            bankAnswer={bankByQuestion.get(question.id) ?? null}
            canNominate={roleCan(member.role, "position:write")}
            recordingsFor={(questionId) =>
              openWholeInterviewFilesAtAnswer(
                recordingsForTurn(recordings, questionId),
                segments.filter((s) => s.questionId === questionId && s.speaker === "candidate"),
              )
            }
          />
        ))}
      </Panel>

      <ReviewPanel
        interviewId={interview.id}
        review={review}
        canDecide={roleCan(member.role, "decision:write")}
      />
    </article>
  );
}
