import type { Evaluation, InterviewQuestion, TranscriptSegment } from "@/db/schema";
import { highlightEvidence } from "@/lib/dashboard/highlight-evidence";
import { formatCompetency, scoreTone } from "@/lib/dashboard/labels";

/** One question of the report: score, rubric, the transcript with its evidence marked, advice. */
export function AnswerSection(props: {
  question: InterviewQuestion;
  evaluation: Evaluation;
  segments: TranscriptSegment[];
}) {
  const { question, evaluation } = props;
  const quotes = evaluation.evidence.map((item) => item.quote);
  const headingId = `question-${question.order}`;
  return (
    <section
      aria-labelledby={headingId}
      className="break-inside-avoid-page rounded-lg border border-slate-200 bg-white p-4 sm:p-5 print:border-slate-400"
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-600">
            Question {question.order} · {formatCompetency(question.competency)}
          </p>
          <h3 id={headingId} className="mt-1 font-semibold">
            {question.content}
          </h3>
        </div>
        <p className="shrink-0 text-right">
          <span className={`text-2xl font-bold tabular-nums ${scoreTone(evaluation.score)}`}>
            {evaluation.score}
          </span>
          <span className="text-sm text-slate-600">/100</span>
        </p>
      </div>

      <h4 className="mt-4 text-sm font-semibold">Transcript</h4>
      {props.segments.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">No answer was recorded for this question.</p>
      ) : (
        <div className="mt-1 space-y-2 rounded-md bg-slate-50 p-3 text-sm leading-relaxed print:bg-white">
          {props.segments.map((segment) => (
            <p key={segment.id}>
              {segment.speaker === "interviewer" ? (
                <span className="font-medium text-slate-600">Interviewer: </span>
              ) : null}
              {highlightEvidence({ text: segment.text, quotes }).map((part, index) =>
                part.isEvidence ? (
                  <mark
                    // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
                    key={index}
                    className="rounded bg-amber-200 px-0.5 text-slate-900 print:bg-transparent print:underline print:decoration-2"
                  >
                    {part.text}
                  </mark>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
                  <span key={index}>{part.text}</span>
                ),
              )}
            </p>
          ))}
        </div>
      )}
      {evaluation.evidence.length > 0 ? (
        <p className="mt-1 text-xs text-slate-600">
          <span className="rounded bg-amber-200 px-1 text-slate-900 print:bg-transparent print:underline">
            Highlighted
          </span>{" "}
          the words the score rests on:{" "}
          {evaluation.evidence.map((item) => item.supports).join("; ")}.
        </p>
      ) : null}

      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <AdviceList title="Strengths" items={evaluation.strengths} empty="None noted." />
        <AdviceList title="To improve" items={evaluation.improvements} empty="None noted." />
      </div>

      {evaluation.rubricScores.length > 0 ? (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer font-semibold focus-visible:outline-2 focus-visible:outline-indigo-700">
            Rubric: how the score was reached
          </summary>
          <table className="mt-2 w-full text-left">
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Criterion
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Score
                </th>
                <th scope="col" className="py-1 font-medium">
                  Why
                </th>
              </tr>
            </thead>
            <tbody>
              {evaluation.rubricScores.map((row) => (
                <tr key={row.criterion} className="border-t border-slate-100 align-top">
                  <th scope="row" className="py-1 pr-3 font-medium">
                    {row.criterion}
                  </th>
                  <td className={`py-1 pr-3 tabular-nums ${scoreTone(row.score)}`}>{row.score}</td>
                  <td className="py-1 text-slate-700">{row.rationale}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </section>
  );
}

function AdviceList(props: { title: string; items: string[]; empty: string }) {
  return (
    <div>
      <h4 className="text-sm font-semibold">{props.title}</h4>
      {props.items.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{props.empty}</p>
      ) : (
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-800">
          {props.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
