import Link from "next/link";
import type { ReviewQueueItem } from "@/lib/compliance/contests/schemas";
import { linkClass } from "../../_components/page-header";
import { AnswerForm } from "./answer-form";
import { contestKindLabels } from "./contest-kind-labels";
import { DueBadge } from "./due-badge";

const dateTime = new Intl.DateTimeFormat("en", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** Contests with their due badge, the candidate's message and the answer (or its form). */
export function ContestItems(props: {
  items: ReviewQueueItem[];
  canAnswer: boolean;
  /** The review queue names each item's candidate and position; an interview's page need not. */
  showInterview: boolean;
}) {
  const now = new Date();
  return (
    <ul className="mt-2 space-y-4" aria-label="Contests">
      {props.items.map((item) => (
        <li
          key={item.id}
          className="rounded-lg border border-slate-200 bg-white p-4"
          data-testid="contest"
        >
          <div className="flex flex-wrap items-center gap-2">
            <DueBadge item={item} now={now} />
            <span className="font-semibold">{contestKindLabels[item.kind]}</span>
            {item.questionOrder !== null ? (
              <span className="text-sm text-slate-700">· Question {item.questionOrder}</span>
            ) : null}
          </div>
          {props.showInterview ? (
            <p className="mt-1 text-sm">
              <Link href={`/interviews/${item.interviewId}`} className={linkClass}>
                {item.candidateName}
              </Link>{" "}
              · {item.positionTitle}
            </p>
          ) : null}
          <p className="mt-1 text-xs text-slate-600">
            Sent {dateTime.format(new Date(item.createdAt))} UTC · due{" "}
            {dateTime.format(new Date(item.dueAt))} UTC
          </p>
          <p className="mt-2 whitespace-pre-wrap">{item.message}</p>
          {item.answer ? (
            <blockquote className="mt-2 whitespace-pre-wrap border-l-4 border-emerald-400 pl-3 text-sm">
              {item.answer}
            </blockquote>
          ) : props.canAnswer ? (
            <AnswerForm contestId={item.id} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
