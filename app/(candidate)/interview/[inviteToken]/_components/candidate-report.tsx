"use client";
import { getCompetencyLabel } from "@/lib/competencies/registry";
import type { CandidateReport as Report } from "../_lib/candidate-api";
import type { CandidateMessages } from "../_lib/candidate-messages";

type Messages = CandidateMessages["report"];
type FullReport = Extract<Report, { level: "full" }>;

/** The report at the level the company shares: a thank-you, feedback per answer, or everything. */
export function CandidateReport({
  data,
  messages,
  language,
}: {
  data: Report;
  messages: Messages;
  /** The position's language: competencies are named in it. */
  language: string;
}) {
  if (data.level === "none") {
    return (
      <section aria-labelledby="report-heading" data-testid="candidate-report" data-level="none">
        <h2 id="report-heading" className="text-xl font-semibold">
          {messages.thankYouHeading}
        </h2>
        <p className="mt-2 text-slate-700">{messages.thankYou}</p>
      </section>
    );
  }
  return (
    <section
      aria-labelledby="report-heading"
      className="space-y-6"
      data-testid="candidate-report"
      data-level={data.level}
    >
      <div>
        <h2 id="report-heading" className="text-xl font-semibold">
          {messages.heading}
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {data.scoredBy.provider === "offline"
            ? messages.scoredByOffline
            : messages.scoredByModel(data.scoredBy.model)}
        </p>
        {data.level === "feedback" ? (
          <p className="mt-2 text-sm text-slate-700">{messages.feedbackIntro}</p>
        ) : null}
      </div>
      {data.level === "full" ? (
        <ScoreSummary report={data.report} messages={messages} language={language} />
      ) : null}
      <ol className="space-y-4">
        {data.answers.map((answer, index) => (
          <li key={answer.question.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex items-start justify-between gap-4">
              <h3 className="font-semibold">
                {index + 1}. {answer.question.content}
              </h3>
              {"score" in answer.evaluation ? (
                <Score
                  ai={answer.evaluation.score}
                  human={answer.evaluation.humanScore}
                  messages={messages}
                  className="shrink-0 rounded-md bg-slate-100 px-2 py-1 text-sm font-semibold"
                />
              ) : null}
            </div>
            {"feedback" in answer.evaluation ? (
              <p className="mt-2 text-sm text-slate-700">{answer.evaluation.feedback}</p>
            ) : null}
            {"evidence" in answer.evaluation && answer.evaluation.evidence.length > 0 && (
              <>
                <h4 className="mt-3 text-sm font-semibold">{messages.evidence}</h4>
                <ul className="mt-1 space-y-1">
                  {answer.evaluation.evidence.map((item) => (
                    <li key={item.quote} className="border-l-4 border-indigo-300 pl-3 text-sm">
                      <q className="italic">{item.quote}</q>
                      {item.supports && (
                        <span className="block text-xs text-slate-600">{item.supports}</span>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <AdviceList
              title={messages.strengths}
              items={answer.evaluation.strengths}
              tone="text-emerald-800"
            />
            <AdviceList
              title={messages.improvements}
              items={answer.evaluation.improvements}
              tone="text-amber-800"
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

function ScoreSummary({
  report,
  messages,
  language,
}: {
  report: FullReport["report"];
  messages: Messages;
  language: string;
}) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-6 rounded-lg border border-slate-200 bg-white p-5">
        <div>
          <p className="text-sm text-slate-600">{messages.overallScore}</p>
          <p className="text-4xl font-bold tabular-nums" data-testid="overall-score">
            {report.humanOverallScore ?? report.overallScore}
            <span className="text-lg font-medium text-slate-500">/100</span>
          </p>
          {report.humanOverallScore !== undefined ? (
            <p className="text-xs text-violet-900">{messages.reviewedByPerson}</p>
          ) : null}
        </div>
        <div>
          <p className="text-sm text-slate-600">{messages.recommendation}</p>
          <p className="text-lg font-semibold">
            {messages.recommendations[report.recommendation] ?? report.recommendation}
          </p>
        </div>
        <p className="basis-full text-slate-700">{report.summary}</p>
      </div>
      <ul className="space-y-2">
        {report.competencyScores.map((competency) => {
          const score = competency.humanScore ?? competency.score;
          return (
            <li key={competency.competency} className="text-sm">
              <div className="flex justify-between">
                <span>{getCompetencyLabel({ competency: competency.competency, language })}</span>
                <Score ai={competency.score} human={competency.humanScore} messages={messages} />
              </div>
              <div className="mt-1 h-2 rounded-full bg-slate-200" aria-hidden>
                <div className="h-2 rounded-full bg-indigo-600" style={{ width: `${score}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The score, or a recruiter's in its place, marked as set by a person. */
function Score(props: { ai: number; human?: number; messages: Messages; className?: string }) {
  return (
    <span className={`tabular-nums ${props.className ?? ""}`}>
      {props.human ?? props.ai}
      {props.human !== undefined ? (
        <span className="ml-1 text-xs font-normal text-violet-900">
          ({props.messages.reviewedByPerson})
        </span>
      ) : null}
    </span>
  );
}

function AdviceList(props: { title: string; items: string[]; tone: string }) {
  if (props.items.length === 0) return null;
  return (
    <>
      <h4 className={`mt-3 text-sm font-semibold ${props.tone}`}>{props.title}</h4>
      <ul className="ml-5 list-disc text-sm">
        {props.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}
