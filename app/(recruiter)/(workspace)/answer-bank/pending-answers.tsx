import Link from "next/link";
import { Panel } from "@/app/_components/panel";
import { scoreTone } from "@/lib/dashboard/labels";
import { listPendingBankAnswers } from "@/lib/db/answer-bank-review";
import { BankReviewButtons } from "../../_components/bank-review-buttons";
import { linkClass } from "../../_components/page-header";

/**
 * Answers a heuristic rated excellent wait here until a recruiter approves them; until then they
 * are not in the bank's list or search.
 */
export async function PendingAnswers({ companyId }: { companyId: string }) {
  const pending = await listPendingBankAnswers({ companyId, limit: 50 });
  if (pending.length === 0) return null;
  return (
    <Panel heading={`Waiting for approval (${pending.length})`} tone="warning" className="mt-6">
      <p className="mt-1 text-sm text-amber-950">
        The offline scorer cannot judge what makes an answer exemplary: approve the ones worth
        keeping as reference points, reject the rest.
      </p>
      <ol className="mt-3 space-y-3">
        {pending.map((answer) => (
          <li key={answer.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="text-sm font-medium text-slate-800">{answer.question.content}</p>
            <blockquote className="mt-1 border-l-4 border-amber-300 pl-3 text-sm leading-relaxed text-slate-800">
              {answer.text}
            </blockquote>
            <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
              <p className="flex flex-wrap gap-x-3 text-xs text-slate-600">
                <span>
                  Score{" "}
                  <span className={`font-semibold ${scoreTone(answer.score)}`}>{answer.score}</span>
                </span>
                <span>{answer.candidateName}</span>
                {answer.sourceInterviewId ? (
                  <Link
                    href={`/interviews/${answer.sourceInterviewId}/report`}
                    className={linkClass}
                  >
                    Report
                  </Link>
                ) : null}
              </p>
              <BankReviewButtons
                answerId={answer.id}
                label={`${answer.candidateName}'s answer to “${answer.question.content}”`}
              />
            </div>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
