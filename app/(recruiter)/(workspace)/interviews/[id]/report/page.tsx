import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRecruiter } from "@/lib/auth/require-page-user";
import { getReportCached } from "@/lib/cache/cached-reads";
import { getOwnInterviewOrNotFound } from "@/lib/dashboard/get-own-interview";
import { describeScorer } from "@/lib/dashboard/highlight-evidence";
import { formatCompetency, scoreFill, scoreTone, statusLabels } from "@/lib/dashboard/labels";
import { getInterviewOverview } from "@/lib/db/interview-overview";
import { listTranscriptSegments } from "@/lib/db/transcripts";
import { ScoreBarChart } from "../../../../_components/charts/score-bar-chart";
import { linkClass, PageHeader } from "../../../../_components/page-header";
import { RecommendationBadge } from "../../../../_components/recommendation-badge";
import { AnswerSection } from "./answer-section";
import { PrintButton } from "./print-button";

export const metadata: Metadata = { title: "Report" };

export default async function ReportPage(props: { params: Promise<{ id: string }> }) {
  const recruiter = await requirePageRecruiter();
  const { id } = await props.params;
  const interview = await getOwnInterviewOrNotFound({ id, companyId: recruiter.companyId });
  const [overview, data, segments] = await Promise.all([
    getInterviewOverview({ interview }),
    getReportCached(interview.id),
    listTranscriptSegments({ interviewId: interview.id }),
  ]);
  const back = (
    <Link href={`/interviews/${interview.id}`} className={`${linkClass} print:hidden`}>
      ← Interview
    </Link>
  );
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
  const positionTitle = overview?.position.title ?? "Unknown position";

  return (
    <article className="space-y-6">
      <PageHeader
        eyebrow={back}
        title={`Report: ${interview.candidateName}`}
        description={`${positionTitle} · ${interview.candidateEmail}`}
        actions={
          <>
            {overview ? (
              <Link
                href={`/positions/${overview.position.id}/compare`}
                className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100"
              >
                Compare candidates
              </Link>
            ) : null}
            <PrintButton />
          </>
        }
      />

      <section
        aria-labelledby="summary-heading"
        className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6 md:grid-cols-[auto_1fr] print:border-slate-400"
      >
        <div className="flex items-center gap-4 md:flex-col md:items-start md:pr-6">
          <p>
            <span className="sr-only">Overall score: </span>
            <span className={`text-5xl font-bold tabular-nums ${scoreTone(report.overallScore)}`}>
              {report.overallScore}
            </span>
            <span className="text-lg text-slate-600">/100</span>
          </p>
          <p>
            <span className="sr-only">Recommendation: </span>
            <RecommendationBadge recommendation={report.recommendation} />
          </p>
        </div>
        <div>
          <h2 id="summary-heading" className="font-semibold">
            Summary
          </h2>
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
      </section>

      <section
        aria-labelledby="competency-heading"
        className="relative break-inside-avoid-page rounded-lg border border-slate-200 bg-white p-4 sm:p-6 print:border-slate-400"
      >
        <h2 id="competency-heading" className="font-semibold">
          Scores by competency
        </h2>
        <ScoreBarChart
          bars={report.competencyScores.map((row) => ({
            label: formatCompetency(row.competency),
            value: row.score,
            fill: scoreFill(row.score),
          }))}
        />
        <div className="sr-only">
          <table>
            <caption>Scores by competency</caption>
            <thead>
              <tr>
                <th scope="col">Competency</th>
                <th scope="col">Score</th>
                <th scope="col">Questions</th>
              </tr>
            </thead>
            <tbody>
              {report.competencyScores.map((row) => (
                <tr key={row.competency}>
                  <th scope="row">{formatCompetency(row.competency)}</th>
                  <td>{row.score}</td>
                  <td>{row.questionCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="answers-heading" className="space-y-4">
        <h2 id="answers-heading" className="text-lg font-semibold">
          Answers
        </h2>
        {answers.map(({ question, evaluation }) => (
          <AnswerSection
            key={question.id}
            question={question}
            evaluation={evaluation}
            segments={segments.filter((segment) => segment.questionId === question.id)}
          />
        ))}
      </section>
    </article>
  );
}
