"use client";
import type { CandidateReport as Report } from "../_lib/candidate-api";
import type { CandidateMessages } from "../_lib/candidate-messages";

export function CandidateReport({
  data,
  messages,
}: {
  data: Report;
  messages: CandidateMessages["report"];
}) {
  const { report, answers } = data;
  return (
    <section aria-labelledby="report-heading" className="space-y-6" data-testid="candidate-report">
      <div>
        <h2 id="report-heading" className="text-xl font-semibold">
          {messages.heading}
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {report.provider === "offline"
            ? messages.scoredByOffline
            : messages.scoredByModel(report.model)}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-6 rounded-lg border border-slate-200 bg-white p-5">
        <div>
          <p className="text-sm text-slate-600">{messages.overallScore}</p>
          <p className="text-4xl font-bold tabular-nums" data-testid="overall-score">
            {report.overallScore}
            <span className="text-lg font-medium text-slate-500">/100</span>
          </p>
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
        {report.competencyScores.map((competency) => (
          <li key={competency.competency} className="text-sm">
            <div className="flex justify-between">
              <span className="capitalize">{competency.competency.replaceAll("-", " ")}</span>
              <span className="tabular-nums">{competency.score}</span>
            </div>
            <div className="mt-1 h-2 rounded-full bg-slate-200" aria-hidden>
              <div
                className="h-2 rounded-full bg-indigo-600"
                style={{ width: `${competency.score}%` }}
              />
            </div>
          </li>
        ))}
      </ul>
      <ol className="space-y-4">
        {answers.map((answer, index) => (
          <li key={answer.question.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex items-start justify-between gap-4">
              <h3 className="font-semibold">
                {index + 1}. {answer.question.content}
              </h3>
              <span className="shrink-0 rounded-md bg-slate-100 px-2 py-1 text-sm font-semibold tabular-nums">
                {answer.evaluation.score}
              </span>
            </div>
            <p className="mt-2 text-sm text-slate-700">{answer.evaluation.feedback}</p>
            {answer.evaluation.evidence.length > 0 && (
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
            {answer.evaluation.strengths.length > 0 && (
              <>
                <h4 className="mt-3 text-sm font-semibold text-emerald-800">
                  {messages.strengths}
                </h4>
                <ul className="ml-5 list-disc text-sm">
                  {answer.evaluation.strengths.map((strength) => (
                    <li key={strength}>{strength}</li>
                  ))}
                </ul>
              </>
            )}
            {answer.evaluation.improvements.length > 0 && (
              <>
                <h4 className="mt-3 text-sm font-semibold text-amber-800">
                  {messages.improvements}
                </h4>
                <ul className="ml-5 list-disc text-sm">
                  {answer.evaluation.improvements.map((improvement) => (
                    <li key={improvement}>{improvement}</li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
