import type { CandidateContest } from "@/lib/compliance/contests/schemas";
import type { Explanation } from "@/lib/compliance/explanation/schemas";
import type { ExplanationMessages } from "./explanation-messages";

/** The candidate's requests and the company's answers, oldest first. */
export function ContestList(props: {
  contests: CandidateContest[];
  questions: Explanation["questions"];
  messages: ExplanationMessages;
}) {
  const { messages: m } = props;
  if (props.contests.length === 0) return null;
  const date = new Intl.DateTimeFormat(m.lang, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <section aria-labelledby="requests-heading">
      <h2 id="requests-heading" className="text-xl font-semibold">
        {m.yourRequests}
      </h2>
      <ul className="mt-2 space-y-3" data-testid="contests">
        {props.contests.map((contest) => {
          const question = props.questions.find((q) => q.id === contest.questionId);
          return (
            <li key={contest.id} className="rounded-lg border border-slate-200 p-3 text-sm">
              <p className="font-medium">
                {m.kinds[contest.kind]}
                {question ? ` · ${question.order}. ${question.content}` : ""}
              </p>
              <p className="mt-1 whitespace-pre-wrap text-slate-700">{contest.message}</p>
              <p className="mt-2 text-slate-600">
                {contest.status === "answered"
                  ? m.answered
                  : m.open(date.format(new Date(contest.dueAt)))}
              </p>
              {contest.answer ? (
                <blockquote className="mt-1 whitespace-pre-wrap border-l-4 border-emerald-400 pl-3">
                  {contest.answer}
                </blockquote>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
