import Link from "next/link";
import { scoreTone } from "@/lib/dashboard/labels";
import type { BankedAnswer } from "@/lib/db/answer-bank-search";
import { linkClass } from "../../_components/page-header";

export function BankedAnswerCard(props: {
  answer: BankedAnswer;
  similarity?: number;
  showQuestion?: boolean;
}) {
  const { answer } = props;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4">
      {props.showQuestion ? (
        <p className="text-sm font-medium text-slate-800">{answer.question.content}</p>
      ) : null}
      <blockquote className="mt-1 border-l-4 border-indigo-200 pl-3 text-sm leading-relaxed text-slate-800">
        {answer.text}
      </blockquote>
      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
        <span>
          Score <span className={`font-semibold ${scoreTone(answer.score)}`}>{answer.score}</span>
        </span>
        {props.similarity === undefined ? null : (
          <span>
            Similarity{" "}
            <span className="font-semibold text-slate-800">{props.similarity.toFixed(3)}</span>
          </span>
        )}
        <span>{answer.candidateName}</span>
        {answer.sourceInterviewId ? (
          <Link href={`/interviews/${answer.sourceInterviewId}/report`} className={linkClass}>
            Report
          </Link>
        ) : null}
      </p>
    </li>
  );
}
